import { Button, Spinner, Status } from '@city-app/ui';
import { failureText } from '@city-app/web';
import { useEffect, useRef } from 'react';
import { LoadFailure } from '../parts/failure.js';
import type { EventsContext } from '../parts/use-events.js';
import { DateList } from './date-list.js';
import { EmptyList } from './empty-list.js';
import type { ListFilters } from './filters.js';
import { useDatePages } from './use-date-pages.js';

/**
 * The list for one set of filters, with how many dates it found. The screen keys it by the
 * filters, so a new choice starts again from the first page. After "Weitere laden" the focus
 * moves to the first new date, where reading goes on (the button may be gone on the last page).
 */
export function DatePages({ filters, ctx }: { filters: ListFilters; ctx: EventsContext }) {
  const { api, t } = ctx;
  const pages = useDatePages(api, filters);
  const { first, items, next, appended } = pages;
  const count = items.length;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!appended?.count) return;
    section.current?.querySelectorAll<HTMLElement>('li a')[appended.firstIndex]?.focus();
  }, [appended]);
  return (
    <section aria-labelledby="events-list" ref={section}>
      <h2 id="events-list">{t('events.list.heading')}</h2>
      {first.state === 'loading' ? <Spinner label={t('events.loading')} /> : null}
      {first.state === 'failed' ? (
        <LoadFailure error={first.error} title={t('events.failed')} t={t} onRetry={first.reload} />
      ) : null}
      <Status>
        {first.state !== 'ready'
          ? null
          : next
            ? t('events.list.countMore', { count })
            : count === 1
              ? t('events.list.count.one')
              : t('events.list.count.other', { count })}
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
          : appended
            ? t('events.list.moreLoaded', { count: appended.count })
            : null}
      </Status>
      {pages.error ? <p role="alert">{failureText(pages.error, t)}</p> : null}
    </section>
  );
}
