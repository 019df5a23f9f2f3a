import { Button, Spinner, Status } from '@city-app/ui';
import { type ApiClient, failureText, useResource } from '@city-app/web';
import { useState } from 'react';
import type { EventDate, EventDatePage } from '../../api/event-date.js';
import { LoadFailure } from '../parts/failure.js';
import type { EventsContext } from '../parts/use-events.js';
import { DateList } from './date-list.js';
import { EmptyList } from './empty-list.js';
import { datesRequest, type ListFilters } from './filters.js';

/** The first page of dates for the filters, then each further page appended by "Weitere laden". */
function useDatePages(api: ApiClient, filters: ListFilters) {
  const first = useResource(
    () => api.get<EventDatePage>(datesRequest(filters)),
    [api, datesRequest(filters)],
  );
  const [more, setMore] = useState<{ items: EventDate[]; next: string | null } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<number | null>(null);
  const next = more ? more.next : first.state === 'ready' ? first.data.next : null;

  async function loadMore() {
    if (!next || loading) return;
    setLoading(true);
    setError(null);
    try {
      const page = await api.get<EventDatePage>(datesRequest(filters, next));
      setMore((before) => ({ items: [...(before?.items ?? []), ...page.items], next: page.next }));
      setAdded(page.items.length);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }

  const items = first.state === 'ready' ? [...first.data.items, ...(more?.items ?? [])] : [];
  return { first, items, next, loadMore, loading, error, added };
}

/**
 * The list for one set of filters. The screen keys it by the filters, so a new choice starts
 * again from the first page.
 */
export function DatePages({ filters, ctx }: { filters: ListFilters; ctx: EventsContext }) {
  const { api, t } = ctx;
  const pages = useDatePages(api, filters);
  const { first, items, next } = pages;
  const count = items.length;
  return (
    <section aria-labelledby="events-list">
      <h2 id="events-list">{t('events.list.heading')}</h2>
      {first.state === 'loading' ? <Spinner label={t('events.loading')} /> : null}
      {first.state === 'failed' ? (
        <LoadFailure error={first.error} title={t('events.failed')} t={t} onRetry={first.reload} />
      ) : null}
      <Status>
        {first.state === 'ready'
          ? next
            ? t('events.list.countMore', { count })
            : count === 1
              ? t('events.list.count.one')
              : t('events.list.count.other', { count })
          : null}
      </Status>
      {first.state === 'ready' && count === 0 ? <EmptyList filters={filters} t={t} /> : null}
      <DateList dates={items} ctx={ctx} />
      {next ? (
        <p>
          <Button
            type="button"
            variant="secondary"
            busy={pages.loading}
            onClick={() => void pages.loadMore()}
          >
            {t('events.list.more')}
          </Button>
        </p>
      ) : null}
      <Status visuallyHidden>
        {pages.loading
          ? t('events.list.moreLoading')
          : pages.added !== null
            ? t('events.list.moreLoaded', { count: pages.added })
            : null}
      </Status>
      {pages.error ? <p role="alert">{failureText(pages.error, t)}</p> : null}
    </section>
  );
}
