import type { Translate } from '@city-app/core';
import { Link } from '@city-app/web';
import {
  activeFilterCount,
  type ListFilters,
  listPath,
  withoutFilters,
  withSpan,
} from './filters.js';

const SPAN_HINT = {
  today: 'events.list.emptyToday',
  weekend: 'events.list.emptyWeekend',
  upcoming: 'events.list.emptyUpcoming',
  range: 'events.list.emptyFiltered',
} as const;

/** No dates: say why, and offer what to try instead (fewer filters, a longer span). */
export function EmptyList({ filters, t }: { filters: ListFilters; t: Translate }) {
  const filtered = activeFilterCount(filters) > (filters.when === 'range' ? 1 : 0);
  return (
    <div>
      <p>
        <strong>{t('events.list.empty')}</strong>
      </p>
      <p>{t(filtered ? 'events.list.emptyFiltered' : SPAN_HINT[filters.when])}</p>
      <ul className="city-link-list">
        {filtered ? (
          <li>
            <Link to={listPath(withoutFilters(filters, true))}>{t('events.filters.reset')}</Link>
          </li>
        ) : null}
        {filters.when !== 'upcoming' ? (
          <li>
            <Link to={listPath(withSpan(filters, 'upcoming'))}>{t('events.when.upcoming')}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
