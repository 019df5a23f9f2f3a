import { Loaded, type Resource, useResource } from '@city-app/web';
import type { ComponentType } from 'react';
import type { PublicReportPage } from '../../api/public-report.js';
import { type CategoryChoice, categoryOf } from '../parts/categories.js';
import { type ListMapProps, MapSlot } from '../parts/map-slot.js';
import type { ReportsContext } from '../parts/use-reports.js';
import { FilterForm } from './filter-form.js';
import { type ListFilters, listApiPath } from './filters.js';
import { Pager } from './pager.js';
import { ReportEntry } from './report-entry.js';

export const LIST_HEADING_ID = 'reports-list';

/**
 * The public list of reviewed reports with its filters and pages. `ListMap` draws the same
 * page's reports beside it; the list stays, as a map shows nothing the list does not.
 */
export function PublicList({
  filters,
  categories,
  ctx,
  ListMap,
}: {
  filters: ListFilters;
  categories: Resource<CategoryChoice[]>;
  ctx: ReportsContext;
  ListMap?: ComponentType<ListMapProps>;
}) {
  const { api, t } = ctx;
  const path = listApiPath(filters);
  const page = useResource(() => api.get<PublicReportPage>(path), [api, path]);
  return (
    <section aria-labelledby={LIST_HEADING_ID}>
      <h2 id={LIST_HEADING_ID}>{t('reports.list.heading')}</h2>
      <p>{t('reports.list.pending')}</p>
      <FilterForm
        key={path}
        filters={filters}
        categories={categories.state === 'ready' ? categories.data : []}
        ctx={ctx}
      />
      <Loaded resource={page} staff={ctx}>
        {({ items, total }) => (
          <>
            <p>
              {total === 1 ? t('reports.list.countOne') : t('reports.list.count', { count: total })}
            </p>
            <MapSlot label={t('reports.new.mapArea')}>
              {ListMap ? <ListMap reports={items} /> : null}
            </MapSlot>
            {items.length === 0 ? (
              <p>{t('reports.list.empty')}</p>
            ) : (
              <ul className="city-stack-list">
                {items.map((report) => (
                  <ReportEntry
                    key={report.publicId}
                    report={report}
                    category={categoryOf(categories, report.category)}
                    ctx={ctx}
                  />
                ))}
              </ul>
            )}
            <Pager filters={filters} total={total} t={t} />
          </>
        )}
      </Loaded>
    </section>
  );
}
