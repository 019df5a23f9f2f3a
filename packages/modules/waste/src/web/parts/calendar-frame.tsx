import { Alert, Button, PageHeading, Spinner } from '@city-app/ui';
import { isApiError, Link } from '@city-app/web';
import type { ReactNode } from 'react';
import type { PickupList } from '../../api/pickups.js';
import { paths } from '../paths.js';
import { SampleNotice, StaleNotice } from './notices.js';
import { StreetPicker } from './street-picker.js';
import type { useWasteCalendar } from './use-calendar.js';

type Calendar = ReturnType<typeof useWasteCalendar>;

/**
 * The frame of the residents' calendar screens: the heading, the street (or the picker when
 * none is chosen yet), the sample and offline notices, and the pickups once they are there.
 */
export function CalendarFrame({
  calendar,
  heading,
  children,
}: {
  calendar: Calendar;
  heading: string;
  children(list: PickupList): ReactNode;
}) {
  const { t, locale, location, choose, pickups, sample } = calendar;
  if (location === undefined) return <PageHeading>{heading}</PageHeading>;
  if (location === null) {
    return (
      <>
        <PageHeading lead={t('waste.location.intro')}>{t('waste.location.heading')}</PageHeading>
        {sample ? <SampleNotice t={t} /> : null}
        <StreetPicker onChoose={choose} />
      </>
    );
  }
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <p>
        {t('waste.location.current', {
          // The server's words are in the current language ("ungerade" / "odd").
          label: pickups.state === 'ready' ? pickups.data.list.location.label : location.label,
        })}{' '}
        <Link to={`${paths.screens}/strasse`}>{t('waste.location.change')}</Link>
      </p>
      {sample ? <SampleNotice t={t} /> : null}
      {pickups.state === 'loading' ? <Spinner label={t('waste.loading')} /> : null}
      {pickups.state === 'failed' ? (
        <Alert tone="error" title={t('waste.failed')}>
          {isApiError(pickups.error) &&
          pickups.error.status >= 400 &&
          pickups.error.status < 500 ? (
            <p>{`${pickups.error.message} ${pickups.error.hint ?? ''}`}</p>
          ) : null}
          <Button type="button" variant="secondary" onClick={pickups.reload}>
            {t('waste.retry')}
          </Button>
        </Alert>
      ) : null}
      {pickups.state === 'ready' ? (
        <>
          {pickups.data.staleSince ? (
            <StaleNotice since={pickups.data.staleSince} t={t} locale={locale} />
          ) : null}
          {children(pickups.data.list)}
        </>
      ) : null}
    </>
  );
}
