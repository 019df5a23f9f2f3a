import { Alert, PageHeading } from '@city-app/ui';
import { Link, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { PrivateBooking } from '../../api.js';
import { BookingSummary } from '../parts/booking-summary.js';
import { Loaded } from '../parts/load-state.js';
import { apiPaths, paths } from '../paths.js';
import { useSpace } from '../use-space.js';

/** `/experimentierraum/bestaetigung/:token`: right after booking: the private link and the calendar file. */
export default function ConfirmationScreen({ params }: ScreenProps) {
  const space = useSpace();
  const { t } = space;
  const token = params.token ?? '';
  const booking = useResource(
    () => space.api.get<PrivateBooking>(`/bookings/${encodeURIComponent(token)}`),
    [token],
  );
  const heading =
    booking.state !== 'ready'
      ? t('confirmation.title')
      : booking.data.status === 'pending'
        ? t('confirmation.titlePending')
        : booking.data.status === 'waiting'
          ? t('confirmation.titleWaiting')
          : t('confirmation.title');
  const privateUrl =
    typeof location === 'undefined'
      ? paths.booking(token)
      : new URL(paths.booking(token), location.origin).href;
  return (
    <div className="experiment-space">
      <PageHeading>{heading}</PageHeading>
      <Loaded resource={booking} space={space} notFound={t('booking.notFound')}>
        {(data) => (
          <>
            {data.status === 'pending' ? (
              <Alert tone="info" live="off" title={t('confirmation.pending')}>
                <p>{t('confirmation.pendingText')}</p>
              </Alert>
            ) : data.status === 'waiting' ? (
              <Alert tone="info" live="off" title={t('confirmation.waiting')}>
                <p>{t('confirmation.waitingText')}</p>
              </Alert>
            ) : (
              <Alert tone="success" live="off" title={t('confirmation.confirmed')}>
                <p>{t('confirmation.confirmedText')}</p>
              </Alert>
            )}
            <BookingSummary booking={data} space={space} />
            <h2>{t('confirmation.privateLink')}</h2>
            <p>{t('confirmation.privateLinkText')}</p>
            <p className="experiment-space-link">
              <Link to={paths.booking(token)}>{privateUrl}</Link>
            </p>
            <p>
              <a href={apiPaths.ics(token)} download="buchung.ics" type="text/calendar">
                {t('booking.ics')}
              </a>
            </p>
          </>
        )}
      </Loaded>
      <p>
        <Link to={paths.catalogue}>{t('backToCatalogue')}</Link>
      </p>
    </div>
  );
}
