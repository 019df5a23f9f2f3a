import type { ReactNode } from 'react';

/** Links side by side that wrap onto further lines at large text sizes, as a navigation. */
export function LinkRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav aria-label={label}>
      <ul
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 0,
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0.5em',
        }}
      >
        {children}
      </ul>
    </nav>
  );
}
