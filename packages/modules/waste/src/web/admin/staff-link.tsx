import type { MouseEvent, ReactNode } from 'react';
import type { Staff } from './staff.js';

/**
 * A link between staff screens: a real `<a href>` (opens in a new tab, keyboard as usual) that
 * stays in the app on a plain click.
 */
export function StaffLink({
  staff,
  to,
  current,
  children,
}: {
  staff: Pick<Staff, 'navigate'>;
  to: string;
  current?: boolean;
  children: ReactNode;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    staff.navigate(to);
  };
  return (
    <a href={to} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
