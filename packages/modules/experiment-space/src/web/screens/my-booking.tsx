import { Alert, Button, Dialog, PageHeading, Status } from '@city-app/ui';
import { Link, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { DaySlots, FreeTime, PrivateBooking } from '../../api.js';
import { formatRange, todayIn } from '../format.js';
import { refusalView } from '../parts/booker-state.js';
import { BookingSummary, isActive } from '../parts/booking-summary.js';
import { Loaded } from '../parts/load-state.js';
import { SLOTS_HEADING_ID, SlotList } from '../parts/slot-list.js';
import { apiPaths, paths } from '../paths.js';
import { type Space, useSpace } from '../use-space.js';

/**
 * `/experimentierraum/buchung/:token`: the private page of one booking (the token is the key):
 * see it, move it, cancel it, take a waitlist offer, get the calendar file, export its data;
 * every booking of the address is on the screen "Meine Daten" (proof by e-mail).
 */
export default function MyBookingScreen({ params }: ScreenProps) {
  const space = useSpace();
  const { t } = space;
  const token = params.token ?? '';
  const booking = useResource(
    () => space.api.get<PrivateBooking>(`/bookings/${encodeURIComponent(token)}`),
    [token],
  );
  return (
    <div className="experiment-space">
      <PageHeading>{t('booking.title')}</PageHeading>
      <Loaded resource={booking} space={space} notFound={t('booking.notFound')}>
        {(data) => <Manage booking={data} token={token} space={space} onChanged={booking.reload} />}
      </Loaded>
      <p>
        <Link to={paths.catalogue}>{t('backToCatalogue')}</Link>
      </p>
    </div>
  );
}

function Manage({
  booking,
  token,
  space,
  onChanged,
}: {
  booking: PrivateBooking;
  token: string;
  space: Space;
  onChanged(): void;
}) {
  const { t } = space;
  const base = `/bookings/${encodeURIComponent(token)}`;
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [moving, setMoving] = useState(false);
  const active = isActive(booking);
  const changeable =
    active && (!booking.changeableUntil || new Date(booking.changeableUntil) > new Date());

  async function act(name: string, run: () => Promise<unknown>, done: (result: unknown) => string) {
    setBusy(name);
    setFailure(null);
    try {
      const result = await run();
      setAnnouncement(done(result));
      onChanged();
    } catch (error) {
      setFailure(refusalView(error as Error, t).general ?? (error as Error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Status>{announcement}</Status>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {booking.status === 'offered' ? (
        <Alert tone="info" live="off" title={t('booking.offer')}>
          <p>{t('booking.offerText')}</p>
          <Button
            busy={busy === 'accept'}
            onClick={() =>
              act(
                'accept',
                () => space.api.post(`${base}/accept`),
                () => t('booking.accepted'),
              )
            }
          >
            {t('booking.accept')}
          </Button>
        </Alert>
      ) : null}
      {booking.status === 'pending' ? (
        <Alert tone="info" live="off">
          {t('confirmation.pendingText')}
        </Alert>
      ) : null}
      <BookingSummary booking={booking} space={space} />
      <p>
        <a href={apiPaths.ics(token)} download="buchung.ics" type="text/calendar">
          {t('booking.ics')}
        </a>
      </p>
      {active ? (
        <section aria-labelledby="experiment-space-change">
          <h2 id="experiment-space-change">{t('booking.change')}</h2>
          {changeable ? (
            <p>
              {booking.kind === 'resource' ? (
                <>
                  <Button
                    variant="secondary"
                    aria-expanded={moving}
                    aria-controls="experiment-space-move"
                    onClick={() => setMoving((open) => !open)}
                  >
                    {t('booking.move')}
                  </Button>{' '}
                </>
              ) : null}
              <Button variant="danger" onClick={() => setConfirm(true)}>
                {booking.status === 'waiting' ? t('booking.leaveWaitlist') : t('booking.cancel')}
              </Button>
            </p>
          ) : (
            <p>{t('booking.tooLate')}</p>
          )}
          <div id="experiment-space-move">
            {moving && changeable ? (
              <Move
                booking={booking}
                base={base}
                space={space}
                onMoved={(moved) => {
                  setMoving(false);
                  setAnnouncement(t('booking.moved', { range: formatRange(moved, space.locale) }));
                  onChanged();
                }}
              />
            ) : null}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="experiment-space-data">
        <h2 id="experiment-space-data">{t('booking.myData')}</h2>
        <p>{t('booking.myDataText')}</p>
        <p>
          <a href={apiPaths.myData(token)} download="meine-buchung.json" type="application/json">
            {t('booking.exportOne')}
          </a>
        </p>
        <p>
          <Link to={paths.myData}>{t('booking.allData')}</Link>
        </p>
      </section>
      <Dialog
        open={confirm}
        title={t('booking.cancelTitle')}
        onClose={() => setConfirm(false)}
        actions={
          <Button
            variant="danger"
            onClick={() => {
              setConfirm(false);
              act(
                'cancel',
                () => space.api.delete(base),
                () => t('booking.cancelled'),
              );
            }}
          >
            {t('booking.cancelConfirm')}
          </Button>
        }
      >
        <p>{t('booking.cancelText')}</p>
      </Dialog>
    </>
  );
}

/** Another free time for the same resource and length. */
function Move({
  booking,
  base,
  space,
  onMoved,
}: {
  booking: PrivateBooking;
  base: string;
  space: Space;
  onMoved(booking: PrivateBooking): void;
}) {
  const { t } = space;
  const today = todayIn(space.timeZone);
  const duration = Math.round((Date.parse(booking.end) - Date.parse(booking.start)) / 60_000);
  // Dates as `YYYY-MM-DD` compare as strings: the later of the booked day and today.
  const [date, setDate] = useState(
    () => [booking.startLocal.slice(0, 10), today].sort()[1] as string,
  );
  const [selected, setSelected] = useState<FreeTime | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const slots = useResource(() => {
    const query = new URLSearchParams({ date, duration: String(duration), group: booking.group });
    return space.api.get<DaySlots>(
      `/resources/${encodeURIComponent(booking.resourceId)}/slots?${query}`,
    );
  }, [booking.resourceId, date, duration, booking.group]);

  async function move() {
    if (!selected) {
      setError(t('form.error.slot'));
      document.getElementById(SLOTS_HEADING_ID)?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      onMoved(await space.api.patch<PrivateBooking>(base, { start: selected.startLocal }));
    } catch (failure) {
      const view = refusalView(failure as Error, t);
      setError(view.errors.slot ?? view.general ?? Object.values(view.errors)[0] ?? null);
      setSelected(null);
      slots.reload();
      document.getElementById(SLOTS_HEADING_ID)?.focus();
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="experiment-space-move">
      <SlotList
        space={space}
        headingLevel={3}
        date={date}
        minDate={today}
        day={slots.state === 'ready' ? slots.data : null}
        failed={slots.state === 'failed'}
        selected={selected}
        error={error}
        onDate={setDate}
        onSelect={(slot) => {
          setSelected(slot);
          setError(null);
        }}
        onRetry={slots.reload}
      />
      <Button busy={saving} onClick={move}>
        {t('booking.moveTo')}
      </Button>
    </div>
  );
}
