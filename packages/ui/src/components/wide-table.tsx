import type { ReactNode } from 'react';

/**
 * A table that may be wider than the screen (at 200 % text size, on a phone): it scrolls
 * sideways inside a named region keyboard users can focus and scroll with the arrow keys.
 * `label` names the region and, as a visually hidden caption, the table.
 */
export function WideTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scroll container, not a landmark of the page's outline
    <div
      className="city-wide-table"
      role="region"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      <table className="city-table">
        <caption className="city-visually-hidden">{label}</caption>
        {children}
      </table>
    </div>
  );
}
