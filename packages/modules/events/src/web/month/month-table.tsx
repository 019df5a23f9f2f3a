import type { Locale, Translate } from '@city-app/core';
import { VisuallyHidden } from '@city-app/ui';
import { Link } from '@city-app/web';
import { listPath, readFilters } from '../list/filters.js';
import { formatDay } from '../parts/when.js';
import { monthWeeks } from './month-weeks.js';

/** The weekdays from Monday, short and long (1 January 2024 was a Monday). */
function weekdays(locale: Locale, width: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    weekday: width,
    timeZone: 'UTC',
  });
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** The list of one day's dates. */
export const dayPath = (day: string) =>
  listPath({ ...readFilters(''), when: 'range', from: day, to: day });

/**
 * A month as a real table: a caption, the weekdays as column headers (short, with the full
 * name for screen readers), and on each day with events a link to that day's list saying how
 * many dates it has. At 200 % text the table scrolls sideways inside its focusable box.
 */
export function MonthTable({
  month,
  caption,
  counts,
  today,
  locale,
  t,
}: {
  month: string;
  caption: string;
  counts: ReadonlyMap<string, number>;
  /** Today in the town, marked in the grid (in words as well as in bold). */
  today: string;
  locale: Locale;
  t: Translate;
}) {
  const short = weekdays(locale, 'short');
  const long = weekdays(locale, 'long');
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scroll container, not a landmark of the page's outline
    <div
      role="region"
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls sideways at 200 % text must take focus to be scrolled by keyboard (WCAG 2.1.1)
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
            <tr key={week.find(Boolean)}>
              {week.map((day, i) => {
                if (!day) {
                  // biome-ignore lint/suspicious/noArrayIndexKey: an empty cell has only its place
                  return <td key={`empty-${i}`} />;
                }
                const count = counts.get(day) ?? 0;
                return (
                  <td
                    key={day}
                    aria-current={day === today ? 'date' : undefined}
                    style={{ verticalAlign: 'top', border: '1px solid', padding: '0.25em' }}
                  >
                    {day === today ? (
                      <strong>
                        {Number(day.slice(8))}
                        <VisuallyHidden>{` (${t('events.month.today')})`}</VisuallyHidden>
                      </strong>
                    ) : (
                      <span>{Number(day.slice(8))}</span>
                    )}
                    {count > 0 ? (
                      <>
                        <br />
                        <Link to={dayPath(day)}>
                          {count === 1
                            ? t('events.month.day.one')
                            : t('events.month.day.other', { count })}
                          <VisuallyHidden>{` – ${formatDay(day, locale)}`}</VisuallyHidden>
                        </Link>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
