import { Alert, PageHeading, Spinner } from '@city-app/ui';
import { Link, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { EventDetail } from '../../api/event-detail.js';
import { browserPush } from '../device/push-access.js';
import { useDateReminders } from '../event/date-reminders.js';
import { Description } from '../event/description.js';
import { EventDates } from '../event/event-dates.js';
import { EventFacts } from '../event/event-facts.js';
import { useJsonLd } from '../event/json-ld.js';
import { VenueFacts } from '../event/venue-facts.js';
import { LoadFailure } from '../parts/failure.js';
import { LocalizedText } from '../parts/localized-text.js';
import { useEvents } from '../parts/use-events.js';
import { paths } from '../paths.js';

/**
 * `/veranstaltungen/:id`: one event — what, when (every coming date), where (with the venue's
 * accessibility), who, what it costs — with its schema.org data in the head while shown.
 */
export default function EventScreen({ params }: ScreenProps) {
  const ctx = useEvents();
  const { api, t, locale } = ctx;
  const id = params.id ?? '';
  const event = useResource(() => api.get<EventDetail>(paths.eventApi(id)), [api, id]);
  useJsonLd(event.state === 'ready' ? event.data.jsonLd : null);
  const reminders = useDateReminders(browserPush, api, t, locale, id);
  const back = (
    <p>
      <Link to={paths.screens}>{t('events.detail.back')}</Link>
    </p>
  );
  if (event.state !== 'ready') {
    return (
      <>
        <PageHeading>{t('events.title')}</PageHeading>
        {event.state === 'loading' ? <Spinner label={t('events.detail.loading')} /> : null}
        {event.state === 'failed' ? (
          <LoadFailure
            error={event.error}
            title={t('events.failed')}
            t={t}
            onRetry={event.reload}
          />
        ) : null}
        {back}
      </>
    );
  }
  const detail = event.data;
  return (
    <>
      {back}
      <PageHeading lead={<LocalizedText text={detail.category.title} locale={locale} />}>
        <LocalizedText text={detail.title} locale={locale} />
      </PageHeading>
      {detail.cancelled ? (
        <Alert tone="warning" title={t('events.status.cancelled')} live="off">
          <p>{t('events.detail.cancelled')}</p>
        </Alert>
      ) : null}
      {detail.image ? (
        <img
          src={detail.image.url}
          alt={detail.image.alt}
          style={{ maxWidth: '100%', height: 'auto' }}
        />
      ) : null}
      <EventDates event={detail} ctx={ctx} reminders={reminders} />
      <VenueFacts venue={detail.venue} place={detail.place} t={t} locale={locale} />
      <EventFacts event={detail} t={t} locale={locale} />
      {detail.description.de.trim() ? (
        <section aria-labelledby="events-about">
          <h2 id="events-about">{t('events.detail.about')}</h2>
          <Description text={detail.description} locale={locale} />
        </section>
      ) : null}
    </>
  );
}
