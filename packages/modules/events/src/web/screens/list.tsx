import { PageHeading } from '@city-app/ui';
import { Link, useResource, useRouter } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { VenueList } from '../../api/venue.js';
import { DatePages } from '../list/date-pages.js';
import { FilterForm } from '../list/filter-form.js';
import { readFilters } from '../list/filters.js';
import { SpanNav } from '../list/span-nav.js';
import { useEvents } from '../parts/use-events.js';
import { formatDay } from '../parts/when.js';
import { paths } from '../paths.js';

/**
 * `/veranstaltungen`: what is on, by day. The span ("Heute", "Dieses Wochenende",
 * "Demnächst" or an own range) and the filters are the page's query, so a link shares them
 * and Back returns to the choice before.
 */
export default function ListScreen(_props: ScreenProps) {
  const ctx = useEvents();
  const { api, t, town, locale } = ctx;
  const { location } = useRouter();
  // Loaded once for the screen, not again with every choice of filters.
  const venues = useResource(() => api.get<VenueList>(`${paths.api}/venues`), [api]);
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
      <p>
        <Link to={paths.submit}>{t('events.submit.link')}</Link>
      </p>
      <SpanNav filters={filters} ctx={ctx} />
      <FilterForm
        key={`filters${location.search}`}
        filters={filters}
        venues={venues.state === 'ready' ? venues.data.items : []}
        ctx={ctx}
      />
      <DatePages key={`dates${location.search}`} filters={filters} ctx={ctx} />
    </>
  );
}
