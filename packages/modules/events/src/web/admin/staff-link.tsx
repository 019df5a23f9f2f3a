import type { MouseEvent, ReactNode } from 'react';
import type { Staff } from './staff.js';

const opensElsewhere = (e: MouseEvent) =>
  e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;

/**
 * A link between staff screens: a real `<a href>` (a new tab, the keyboard as usual) that
 * stays inside the app on a plain click.
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
  return (
    <a
      href={to}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (opensElsewhere(event)) return;
        event.preventDefault();
        staff.navigate(to);
      }}
    >
      {children}
    </a>
  );
}
