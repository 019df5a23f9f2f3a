import { PageHeading } from '@city-app/ui';
import { useRouter } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { DatePages } from '../list/date-pages.js';
import { FilterForm } from '../list/filter-form.js';
import { readFilters } from '../list/filters.js';
import { SpanNav } from '../list/span-nav.js';
import { useEvents } from '../parts/use-events.js';
import { formatDay } from '../parts/when.js';

/**
 * `/veranstaltungen`: what is on, by day. The span ("Heute", "Dieses Wochenende",
 * "Demnächst" or an own range) and the filters are the page's query, so a link shares them
 * and Back returns to the choice before.
 */
export default function ListScreen(_props: ScreenProps) {
  const ctx = useEvents();
  const { t, town, locale } = ctx;
  const { location } = useRouter();
  const filters = readFilters(location.search);
  const range =
    filters.when === 'range' && filters.from
      ? filters.to && filters.to !== filters.from
        ? t('events.when.range', {
            from: formatDay(filters.from, locale),
            to: formatDay(filters.to, locale),
          })
        : formatDay(filters.from, locale)
      : null;
  return (
    <>
      <PageHeading lead={range ?? t('events.lead', { town })}>{t('events.title')}</PageHeading>
      <SpanNav filters={filters} ctx={ctx} />
      <FilterForm key={`filters${location.search}`} filters={filters} ctx={ctx} />
      <DatePages key={`dates${location.search}`} filters={filters} ctx={ctx} />
    </>
  );
}
