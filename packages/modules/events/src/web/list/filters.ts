import type { When } from '../../api/event-date.js';
import { paths } from '../paths.js';

/** How many dates one page of the list holds. */
export const PAGE_SIZE = 20;
/** The longest search the API takes. */
export const MAX_SEARCH = 80;

/**
 * What a resident chose on the list, kept in the page's address (`?when=weekend&free=true`) so a
 * link can be shared and Back returns to the choice before. The names are the API's own.
 */
export interface ListFilters {
  /** `range` when `from`/`to` were chosen instead of one of the three spans. */
  when: When | 'range';
  from: string | null;
  to: string | null;
  categories: string[];
  venue: string | null;
  free: boolean;
  stepFree: boolean;
  q: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CATEGORY = /^[a-z0-9-]{1,31}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SPANS: readonly When[] = ['today', 'weekend', 'upcoming'];

/**
 * The filters in an address's query. Whatever a hand-edited link holds that the API would
 * refuse is left out, so a broken link still shows a list.
 */
export function readFilters(search: string): ListFilters {
  const query = new URLSearchParams(search);
  const day = (name: string) => {
    const value = query.get(name);
    return value && DAY.test(value) ? value : null;
  };
  const from = day('from');
  const to = day('to');
  const when = query.get('when') as When | null;
  const venue = query.get('venue');
  return {
    when: when && SPANS.includes(when) ? when : from || to ? 'range' : 'upcoming',
    from,
    to,
    categories: [
      ...new Set((query.get('category') ?? '').split(',').filter((c) => CATEGORY.test(c))),
    ],
    venue: venue && UUID.test(venue) ? venue : null,
    free: query.get('free') === 'true',
    stepFree: query.get('stepFree') === 'true',
    q: (query.get('q') ?? '').trim().slice(0, MAX_SEARCH),
  };
}

/** The query of the filters as the API reads it (without `limit` and `after`). */
function filterQuery(filters: ListFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.when === 'range') {
    if (filters.from) query.set('from', filters.from);
    if (filters.to) query.set('to', filters.to);
  } else if (filters.when !== 'upcoming') query.set('when', filters.when);
  if (filters.categories.length) query.set('category', filters.categories.join(','));
  if (filters.venue) query.set('venue', filters.venue);
  if (filters.free) query.set('free', 'true');
  if (filters.stepFree) query.set('stepFree', 'true');
  if (filters.q) query.set('q', filters.q);
  return query;
}

/** The list's address for these filters: what a shared link or the Back button restores. */
export function listPath(filters: ListFilters): string {
  const query = filterQuery(filters).toString();
  return query ? `${paths.screens}?${query}` : paths.screens;
}

/** The API request for one page of the list. */
export function datesRequest(filters: ListFilters, after?: string): string {
  const query = filterQuery(filters);
  if (filters.when === 'upcoming') query.set('when', 'upcoming');
  query.set('limit', String(PAGE_SIZE));
  if (after) query.set('after', after);
  return `${paths.api}/dates?${query}`;
}

/** How many filters beyond the span are on, for the filter panel's label. */
export function activeFilterCount(filters: ListFilters): number {
  return (
    filters.categories.length +
    (filters.venue ? 1 : 0) +
    (filters.free ? 1 : 0) +
    (filters.stepFree ? 1 : 0) +
    (filters.q ? 1 : 0) +
    (filters.when === 'range' ? 1 : 0)
  );
}

/** The same filters over another span; a chosen range is dropped. */
export function withSpan(filters: ListFilters, when: When): ListFilters {
  return { ...filters, when, from: null, to: null };
}

/** The same span without any other filter; a chosen range goes too unless `keepRange`. */
export function withoutFilters(filters: ListFilters, keepRange = false): ListFilters {
  const span = filters.when === 'range' && !keepRange ? withSpan(filters, 'upcoming') : filters;
  return { ...span, categories: [], venue: null, free: false, stepFree: false, q: '' };
}
