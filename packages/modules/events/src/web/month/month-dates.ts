import type { ApiClient } from '@city-app/web';
import type { EventDate, EventDatePage } from '../../api/event-date.js';
import { paths } from '../paths.js';
import { lastDayOf } from './month-weeks.js';

/** A month's dates come in pages of this many, the most the API gives at once. */
const MONTH_PAGE = 200;
/** More pages than this in one month is no town's calendar; the grid shows what came. */
const MAX_PAGES = 10;

/** Every date of the month, page after page. */
export async function loadMonthDates(api: ApiClient, month: string): Promise<EventDate[]> {
  const dates: EventDate[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({
      from: `${month}-01`,
      to: lastDayOf(month),
      limit: String(MONTH_PAGE),
    });
    if (after) query.set('after', after);
    const answer: EventDatePage = await api.get<EventDatePage>(`${paths.api}/dates?${query}`);
    dates.push(...answer.items);
    after = answer.next;
    if (!after) break;
  }
  return dates;
}

/** How many dates that take place start on each day (cancelled ones do not count). */
export function countByDay(dates: readonly EventDate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const date of dates) {
    if (date.status === 'cancelled') continue;
    counts.set(date.localDate, (counts.get(date.localDate) ?? 0) + 1);
  }
  return counts;
}
