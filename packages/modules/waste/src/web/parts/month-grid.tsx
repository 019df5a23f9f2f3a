import type { Locale, Translate } from '@city-app/core';
import type { Pickup } from '../../api/pickups.js';
import { PickupState } from './pickup-state.js';
import { TypeLabel, type TypeView } from './type-label.js';

/** `YYYY-MM` → the weeks of that month, Monday first, each day `YYYY-MM-DD` or null outside. */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month `delta` months after `month` (`YYYY-MM`). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

const WEEKDAYS = (locale: Locale, width: 'short' | 'long') => {
  const format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    weekday: width,
    timeZone: 'UTC',
  });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
};

/**
 * One month as a real table: a caption, the weekdays as column headers (abbreviated, with the
 * full name for screen readers), each pickup written out with its type's icon. Wide tables
 * scroll sideways inside their box at large text sizes instead of pushing the page.
 */
export function MonthGrid({
  month,
  caption,
  pickups,
  types,
  locale,
  t,
}: {
  month: string;
  caption: string;
  pickups: readonly Pickup[];
  types: readonly TypeView[];
  locale: Locale;
  t: Translate;
}) {
  const byId = new Map(types.map((type) => [type.id, type]));
  const short = WEEKDAYS(locale, 'short');
  const long = WEEKDAYS(locale, 'long');
  const onDay = (day: string) => pickups.filter((p) => p.date === day && byId.has(p.typeId));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scroll container, not a landmark of the page's outline
    <div
      role="region"
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways at 200 % text size must take focus to be scrolled by keyboard (WCAG 2.1.1)
      tabIndex={0}
      style={{ overflowX: 'auto' }}
    >
      <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {short.map((name, i) => (
              <th key={name} scope="col" abbr={long[i]}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean) ?? ''}>
              {week.map((day, i) =>
                day ? (
                  <td
                    key={day}
                    style={{ verticalAlign: 'top', border: '1px solid', padding: '0.25em' }}
                  >
                    <span>{Number(day.slice(8))}</span>
                    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                      {onDay(day).map((pickup) => (
                        <li key={pickup.typeId}>
                          <TypeLabel type={byId.get(pickup.typeId) as TypeView} locale={locale} />
                          <PickupState pickup={pickup} locale={locale} t={t} />
                        </li>
                      ))}
                    </ul>
                  </td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: empty cells have only their place
                  <td key={`empty-${i}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
