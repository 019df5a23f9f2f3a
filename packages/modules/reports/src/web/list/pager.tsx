import type { Translate } from '@city-app/core';
import { Link } from '@city-app/web';
import { filtersPath, type ListFilters, PAGE_SIZE } from './filters.js';

/** "Seite 2 von 5" with links to the pages before and after; nothing for a single page. */
export function Pager({
  filters,
  total,
  t,
}: {
  filters: ListFilters;
  total: number;
  t: Translate;
}) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1 && filters.page === 1) return null;
  return (
    <nav aria-label={t('reports.list.pages')}>
      <p>{t('reports.list.page', { page: filters.page, pages })}</p>
      <ul className="city-link-list">
        {filters.page > 1 ? (
          <li>
            <Link to={filtersPath({ ...filters, page: filters.page - 1 })}>
              {t('reports.list.previous')}
            </Link>
          </li>
        ) : null}
        {filters.page < pages ? (
          <li>
            <Link to={filtersPath({ ...filters, page: filters.page + 1 })}>
              {t('reports.list.next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
