import { Button, Select } from '@city-app/ui';
import { useState } from 'react';
import { REPORT_STATUSES, type ReportStatus } from '../../status/status.js';
import type { CategoryChoice } from '../parts/categories.js';
import type { ReportsContext } from '../parts/use-reports.js';
import { filtersPath, type ListFilters } from './filters.js';

/** Status and category for the public list; "Anzeigen" makes it the page's address. */
export function FilterForm({
  filters,
  categories,
  ctx,
}: {
  filters: ListFilters;
  categories: CategoryChoice[];
  ctx: Pick<ReportsContext, 't' | 'locale' | 'navigate'>;
}) {
  const { t, locale, navigate } = ctx;
  const [status, setStatus] = useState(filters.status ?? '');
  const [category, setCategory] = useState(filters.category ?? '');
  return (
    <form
      aria-label={t('reports.list.filter')}
      className="city-grid"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(
          filtersPath({
            status: (status || null) as ReportStatus | null,
            category: category || null,
            page: 1,
          }),
        );
      }}
    >
      <Select
        id="reports-filter-status"
        label={t('reports.list.status')}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value)}
        options={[
          { value: '', label: t('reports.list.all') },
          ...REPORT_STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}`) })),
        ]}
      />
      <Select
        id="reports-filter-category"
        label={t('reports.list.category')}
        value={category}
        onChange={(event) => setCategory(event.currentTarget.value)}
        options={[
          { value: '', label: t('reports.list.all') },
          ...categories.map((c) => ({ value: c.id, label: c.title[locale] })),
        ]}
      />
      <div>
        <Button type="submit" variant="secondary">
          {t('reports.list.apply')}
        </Button>
      </div>
    </form>
  );
}
