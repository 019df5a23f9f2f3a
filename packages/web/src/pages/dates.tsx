import { type Locale, localize, type MyDate } from '@city-app/core';
import { installationId } from '@city-app/notify/browser';
import { Alert, Button, PageHeading, Spinner, Status, TextField } from '@city-app/ui';
import { useState } from 'react';
import { isApiError } from '../api/api-client.js';
import { useCity } from '../app/context.js';
import { useResource } from '../data/use-resource.js';
import { datesMessages } from '../i18n/dates-messages.js';
import { useMessages } from '../i18n/use-messages.js';
import { Link } from '../router/router.js';

interface DatesPage {
  entries: MyDate[];
  more: boolean;
  incomplete: string[];
}
interface CalendarStatus {
  active: boolean;
  createdAt?: string;
}
interface CalendarLink {
  https: string;
  webcal: string;
  createdAt: string;
}

const PAGE = 20;

/** "Mi., 3. Dez. 2026, 16:00" in the town's zone; an all-day entry by its date alone. */
function when(entry: MyDate, locale: Locale, timezone: string, allDay: string): string {
  if (entry.allDay) {
    const [y, m, d] = entry.start.split('-').map(Number) as [number, number, number];
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    return `${date.format(new Date(Date.UTC(y, m - 1, d)))}, ${allDay}`;
  }
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: timezone,
  });
  return entry.end
    ? format.formatRange(new Date(entry.start), new Date(entry.end))
    : format.format(new Date(entry.start));
}

/**
 * "Meine Termine": the dates every module holds for this device's anonymous installation, and
 * a private calendar link for the phone's calendar. No account: the installation is the proof.
 */
export default function DatesPage() {
  const { api, city, locale } = useCity();
  const t = useMessages(datesMessages);
  const [id] = useState(() => installationId());
  const base = `/api/dates/installations/${id}`;
  const [pages, setPages] = useState(1);
  const list = useResource(
    () =>
      api.get<DatesPage>(`${base}?limit=${PAGE * pages}`).then(
        (page) => {
          // An answer of another shape (an old server, a proxy's page) is a failure, not a crash.
          if (!Array.isArray(page?.entries)) throw new Error('Unexpected answer');
          return { ...page, incomplete: Array.isArray(page.incomplete) ? page.incomplete : [] };
        },
        (error: unknown) => {
          // No installation on this device yet: nothing was booked with it.
          if (isApiError(error) && error.status === 404) return null;
          throw error;
        },
      ),
    [api, base, pages],
  );

  return (
    <>
      <PageHeading lead={t('dates.lead')}>{t('dates.title')}</PageHeading>
      <section className="city-settings__section" aria-labelledby="dates-upcoming">
        <h2 id="dates-upcoming">{t('dates.upcoming')}</h2>
        {list.state === 'loading' ? <Spinner /> : null}
        {list.state === 'failed' ? <Alert tone="error">{t('dates.failed')}</Alert> : null}
        {list.state === 'ready' && list.data === null ? <p>{t('dates.noInstallation')}</p> : null}
        {list.state === 'ready' && list.data ? (
          <>
            {list.data.incomplete.length ? (
              <Alert tone="warning">
                {t('dates.incomplete', { modules: list.data.incomplete.join(', ') })}
              </Alert>
            ) : null}
            {list.data.entries.length === 0 ? <p>{t('dates.none')}</p> : null}
            <ul className="city-dates">
              {list.data.entries.map((entry) => (
                <li key={`${entry.module.id}:${entry.id}`} className="city-dates__entry">
                  <p className="city-dates__when">
                    {when(entry, locale, city.timezone, t('dates.allDay'))}
                  </p>
                  <h3>
                    <Link to={entry.path}>{localize(entry.title, locale)}</Link>
                  </h3>
                  <p>
                    {localize(entry.module.title, locale)}
                    {entry.status === 'confirmed' ? '' : ` · ${t(`dates.status.${entry.status}`)}`}
                    {entry.detail ? ` · ${localize(entry.detail, locale)}` : ''}
                  </p>
                  {entry.location ? (
                    <p>
                      {t('dates.where')}: {entry.location}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
            {list.data.more ? (
              <Button variant="secondary" onClick={() => setPages((n) => n + 1)}>
                {t('dates.more')}
              </Button>
            ) : null}
          </>
        ) : null}
      </section>
      {list.state === 'ready' && list.data ? <CalendarSection base={base} /> : null}
    </>
  );
}

/** The private subscription: made, shown once, renewed or ended by this device. */
function CalendarSection({ base }: { base: string }) {
  const { api, locale } = useCity();
  const t = useMessages(datesMessages);
  const status = useResource(() => api.get<CalendarStatus>(`${base}/calendar`), [api, base]);
  const [link, setLink] = useState<CalendarLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);

  const act = async (action: () => Promise<CalendarLink | null>, done: string) => {
    setBusy(true);
    setFailed(false);
    try {
      setLink(await action());
      setMessage(done);
      status.reload();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const make = () =>
    act(() => api.post<CalendarLink>(`${base}/calendar`, { locale }), t('dates.linkMade'));
  const end = () =>
    act(async () => {
      await api.delete(`${base}/calendar`);
      return null;
    }, t('dates.ended'));
  const active = link !== null || (status.state === 'ready' && status.data.active);
  const since =
    status.state === 'ready' && status.data.createdAt
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
          new Date(status.data.createdAt),
        )
      : '';

  return (
    <section className="city-settings__section" aria-labelledby="dates-calendar">
      <h2 id="dates-calendar">{t('dates.calendar')}</h2>
      <p>{t('dates.calendarLead')}</p>
      {failed ? <Alert tone="error">{t('dates.failed')}</Alert> : null}
      <Status>{message}</Status>
      {link ? (
        <>
          <p>
            <a href={link.webcal}>{t('dates.openInCalendar')}</a>
          </p>
          <TextField
            label={t('dates.linkLabel')}
            value={link.https}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      ) : active && since ? (
        <p>{t('dates.active', { date: since })}</p>
      ) : null}
      <div className="city-dates__actions">
        {active ? (
          <>
            <Button
              variant="secondary"
              busy={busy}
              onClick={make}
              aria-describedby="dates-renew-hint"
            >
              {t('dates.renew')}
            </Button>
            <Button variant="danger" busy={busy} onClick={end}>
              {t('dates.end')}
            </Button>
            <p id="dates-renew-hint">{t('dates.renewHint')}</p>
          </>
        ) : (
          <Button busy={busy} onClick={make}>
            {t('dates.subscribe')}
          </Button>
        )}
      </div>
    </section>
  );
}
