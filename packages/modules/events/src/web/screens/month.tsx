import { localDateOf } from '@city-app/core';
import { buttonClassName, PageHeading, Spinner } from '@city-app/ui';
import { Link, useResource, useRouter } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { countByDay, loadMonthDates } from '../month/month-dates.js';
import { MonthTable } from '../month/month-table.js';
import { addMonths, monthOf } from '../month/month-weeks.js';
import { LoadFailure } from '../parts/failure.js';
import { LinkRow } from '../parts/link-row.js';
import { useEvents } from '../parts/use-events.js';
import { formatDay } from '../parts/when.js';
import { paths } from '../paths.js';

const monthPath = (month: string) => `${paths.month}?month=${month}`;

/**
 * `/veranstaltungen/monat`: a month as a calendar table; each day with events links to that
 * day's list. The month is the page's query (`?month=2026-12`), so Back returns to the last one.
 */
export default function MonthScreen(_props: ScreenProps) {
  const { api, t, locale, timeZone } = useEvents();
  const { location } = useRouter();
  const today = localDateOf(Date.now(), timeZone);
  const month = monthOf(location.search, today);
  const dates = useResource(() => loadMonthDates(api, month), [api, month]);
  const monthName = formatDay(`${month}-01`, locale, 'month');
  const counts = dates.state === 'ready' ? countByDay(dates.data) : new Map<string, number>();
  return (
    <>
      <PageHeading lead={monthName}>{t('events.month.heading')}</PageHeading>
      <p>
        <Link to={paths.screens}>{t('events.month.listLink')}</Link>
      </p>
      <LinkRow label={t('events.month.heading')}>
        <li>
          <Link to={monthPath(addMonths(month, -1))} className={buttonClassName('secondary')}>
            {t('events.month.previous')}
          </Link>
        </li>
        <li>
          <Link to={monthPath(addMonths(month, 1))} className={buttonClassName('secondary')}>
            {t('events.month.next')}
          </Link>
        </li>
      </LinkRow>
      {dates.state === 'loading' ? <Spinner label={t('events.loading')} /> : null}
      {dates.state === 'failed' ? (
        <LoadFailure error={dates.error} title={t('events.failed')} t={t} onRetry={dates.reload} />
      ) : null}
      <MonthTable
        month={month}
        caption={t('events.month.caption', { month: monthName })}
        counts={counts}
        today={today}
        locale={locale}
        t={t}
      />
      {dates.state === 'ready' && counts.size === 0 ? <p>{t('events.month.none')}</p> : null}
    </>
  );
}
