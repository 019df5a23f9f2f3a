import { Button, Dialog, TextArea, VisuallyHidden } from '@city-app/ui';
import type { useAction } from '@city-app/web';
import { useState } from 'react';
import type { StaffBooking } from '../../api.js';
import { formatRange, formatTimeRange } from '../format.js';
import { groupLabel } from '../parts/resource-facts.js';
import type { Space } from '../use-space.js';

type Decision = 'decline' | 'cancel';

/** One booking for staff: who, what, when, its state, and what staff can do with it now. */
export function StaffBookingItem({
  booking,
  space,
  action,
  onChanged,
  timeOnly,
}: {
  booking: StaffBooking;
  space: Space;
  action: ReturnType<typeof useAction>;
  onChanged(): void;
  /** On a day's schedule the date is known. */
  timeOnly?: boolean;
}) {
  const { t, text, locale } = space;
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const what = booking.course
    ? `${text(booking.course.title)} (${text(booking.resourceName)})`
    : text(booking.resourceName);
  const when = timeOnly
    ? formatTimeRange(booking.startLocal, booking.endLocal, locale)
    : formatRange(booking, locale);
  const who = booking.anonymised ? t('admin.anonymised') : booking.name;
  const base = `/staff/bookings/${encodeURIComponent(booking.id)}`;
  const label = `${what}, ${when}, ${who}`;

  const perform = (name: string, path: string, body: unknown, done: string) =>
    action
      .run(
        name + booking.id,
        () => space.api.post(path, body),
        () => t(done, { booking: label }),
      )
      .then((result) => {
        if (result !== undefined) onChanged();
      });

  const named = (key: string) => (
    <>
      {t(key)}
      <VisuallyHidden>{`: ${label}`}</VisuallyHidden>
    </>
  );
  const busy = (name: string) => action.busy === name + booking.id;

  return (
    <article className="city-card experiment-space-booking">
      <h3 className="city-card__title">
        {when}: {what}
      </h3>
      <p>
        {who}
        {booking.email && !booking.anonymised ? (
          <>
            {' · '}
            <a href={`mailto:${booking.email}`}>{booking.email}</a>
          </>
        ) : null}
        {booking.organisation
          ? ` · ${booking.organisation} (${groupLabel(booking.group, t)})`
          : null}
        {booking.seats > 1 ? ` · ${t('admin.seats', { seats: booking.seats })}` : null}
      </p>
      {booking.note ? (
        <p>
          {t('form.note')}: {booking.note}
        </p>
      ) : null}
      <p>
        {t('summary.status')}: <strong>{t(`status.${booking.status}`)}</strong>
      </p>
      <p className="experiment-space-actions">
        {booking.status === 'pending' ? (
          <>
            <Button
              busy={busy('approve')}
              onClick={() => perform('approve', `${base}/approve`, {}, 'admin.didApprove')}
            >
              {named('admin.approve')}
            </Button>{' '}
            <Button variant="secondary" onClick={() => setDecision('decline')}>
              {named('admin.decline')}
            </Button>
          </>
        ) : null}
        {booking.status === 'confirmed' ? (
          <>
            <Button
              busy={busy('check-in')}
              onClick={() => perform('check-in', `${base}/check-in`, {}, 'admin.didCheckIn')}
            >
              {named('admin.checkIn')}
            </Button>{' '}
            <Button
              variant="secondary"
              busy={busy('no-show')}
              onClick={() => perform('no-show', `${base}/no-show`, {}, 'admin.didNoShow')}
            >
              {named('admin.noShow')}
            </Button>{' '}
          </>
        ) : null}
        {['pending', 'confirmed', 'waiting', 'offered'].includes(booking.status) ? (
          <Button variant="danger" onClick={() => setDecision('cancel')}>
            {named('admin.cancel')}
          </Button>
        ) : null}
      </p>
      <Dialog
        open={decision !== null}
        title={decision === 'decline' ? t('admin.declineTitle') : t('admin.cancelTitle')}
        onClose={() => setDecision(null)}
        actions={
          <Button
            variant="danger"
            onClick={() => {
              const chosen = decision;
              setDecision(null);
              const body = reason.trim() ? { reason: reason.trim() } : {};
              if (chosen === 'decline')
                perform('decline', `${base}/decline`, body, 'admin.didDecline');
              else if (chosen === 'cancel')
                perform('cancel', `${base}/cancel`, body, 'admin.didCancel');
              setReason('');
            }}
          >
            {decision === 'decline' ? t('admin.decline') : t('admin.cancel')}
          </Button>
        }
      >
        <p>{label}</p>
        <TextArea
          label={t('admin.reason')}
          description={t('admin.reasonHint')}
          value={reason}
          rows={3}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </Dialog>
    </article>
  );
}
