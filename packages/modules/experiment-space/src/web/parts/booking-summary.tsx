import type { PrivateBooking } from '../../api.js';
import { formatInstant, formatRange } from '../format.js';
import type { Space } from '../space.js';
import { LocalText } from './local-text.js';
import { groupLabel } from './resource-facts.js';

/** What was booked, when, by whom, and its state: a description list. */
export function BookingSummary({ booking, space }: { booking: PrivateBooking; space: Space }) {
  const { t, locale, timeZone } = space;
  return (
    <dl className="experiment-space-facts">
      <div>
        <dt>{t('summary.what')}</dt>
        <dd>
          {booking.course ? (
            <>
              <LocalText value={booking.course.title} space={space} /> (
              <LocalText value={booking.resourceName} space={space} />)
            </>
          ) : (
            <LocalText value={booking.resourceName} space={space} />
          )}
        </dd>
      </div>
      <div>
        <dt>{t('summary.when')}</dt>
        <dd>{formatRange(booking, locale)}</dd>
      </div>
      <div>
        <dt>{t('summary.status')}</dt>
        <dd>
          <strong>{t(`status.${booking.status}`)}</strong>
        </dd>
      </div>
      <div>
        <dt>{t('summary.name')}</dt>
        <dd>{booking.name || '–'}</dd>
      </div>
      <div>
        <dt>{t('summary.email')}</dt>
        <dd>{booking.email || '–'}</dd>
      </div>
      {booking.organisation ? (
        <div>
          <dt>{t('summary.organisation')}</dt>
          <dd>
            {booking.organisation} ({groupLabel(booking.group, t)})
          </dd>
        </div>
      ) : null}
      {booking.seats > 1 ? (
        <div>
          <dt>{t('summary.seats')}</dt>
          <dd>{booking.seats}</dd>
        </div>
      ) : null}
      {booking.offerExpiresAt && booking.status === 'offered' ? (
        <div>
          <dt>{t('summary.offerExpires')}</dt>
          <dd>{formatInstant(booking.offerExpiresAt, locale, timeZone)}</dd>
        </div>
      ) : null}
      {booking.changeableUntil && isActive(booking) ? (
        <div>
          <dt>{t('summary.changeableUntil')}</dt>
          <dd>{formatInstant(booking.changeableUntil, locale, timeZone)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A booking still ahead that its booker may move or cancel. */
export function isActive(booking: Pick<PrivateBooking, 'status'>): boolean {
  return ['pending', 'confirmed', 'waiting', 'offered'].includes(booking.status);
}
