import type { Translate } from '@city-app/core';
import type { EventStatus, StaffEvent } from '../../../api/staff-event.js';
import type { Staff } from '../staff.js';

/** The status in words (a badge's colour only repeats them). */
export function StatusMark({ t, status }: { t: Translate; status: EventStatus }) {
  return (
    <span className={`events-admin__status events-admin__status--${status}`}>
      {t(`events.staff.status.${status}`)}
    </span>
  );
}

/** A sample the app came with, marked so staff do not take it for the town's own. */
export function SampleMark({ t }: { t: Translate }) {
  return (
    <span className="events-admin__sample" title={t('events.staff.sampleHint')}>
      {t('events.staff.sample')}
    </span>
  );
}

/** Where an event came from: staff (no source), an organiser's submission, or a feed. */
export function sourceText(t: Translate, source: string | null): string {
  if (source === null) return t('events.staff.source.staff');
  if (source === 'submission') return t('events.staff.source.submission');
  return t('events.staff.source.feed', { name: source });
}

/** Above an event's form: its status, whether it is a sample, why it was rejected. */
export function EventMarks({ staff, event }: { staff: Pick<Staff, 't'>; event: StaffEvent }) {
  const { t } = staff;
  return (
    <div className="events-admin__marks">
      <p>
        {t('events.staff.event.status', { status: t(`events.staff.status.${event.status}`) })}
        {event.sample ? (
          <>
            {' '}
            <SampleMark t={t} />
          </>
        ) : null}
      </p>
      {event.rejectionReason ? (
        <p>{t('events.staff.event.rejection', { reason: event.rejectionReason })}</p>
      ) : null}
    </div>
  );
}
