import type { ReactNode } from 'react';
import { isPlainLeftClick } from './router.js';

/**
 * A link between staff screens: a real `<a href>` (a new tab, the keyboard as usual) that
 * stays inside the app on a plain click. It navigates with the screen's own `navigate`, so
 * screens render in tests without a router around them.
 */
export function StaffLink({
  staff,
  to,
  current,
  children,
}: {
  staff: { navigate(path: string): void };
  to: string;
  current?: boolean;
  children: ReactNode;
}) {
  return (
    <a
      href={to}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        staff.navigate(to);
      }}
    >
      {children}
    </a>
  );
}
