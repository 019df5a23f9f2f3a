import { localDateOf } from '@city-app/core';
import { Button, Status, useDomId } from '@city-app/ui';
import { ActionFailure, formatStaffDate, useAction } from '@city-app/web';
import { useEffect, useRef, useState } from 'react';
import type { StaffEvent } from '../../../api/staff-event.js';

import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';
import { COLLAPSED_DATES, collapsedDates } from './collapsed-dates.js';
import { DATE_FIELDS, DateForm } from './date-form.js';
import { type DateEdit, DateTable } from './date-table.js';

/**
 * "Termine": every date of the event with what was changed; call one off, move it, or put it
 * back as the rule gives it. Each change answers with the event as it is now. A long series
 * shows its next few dates and a button for all of them, so the page stays short on a phone.
 */
export function EventDates({
  staff,
  event,
  onChanged,
}: {
  staff: Staff;
  event: StaffEvent;
  onChanged(event: StaffEvent): void;
}) {
  const { t, locale, api } = staff;
  const action = useAction(staff, DATE_FIELDS);
  const [edit, setEdit] = useState<DateEdit | null>(null);
  const [showAll, setShowAll] = useState(false);
  const listId = useDomId('events-dates');
  const few = collapsedDates(event.dates, localDateOf(Date.now(), staff.timeZone));
  const collapsible = few.length < event.dates.length;
  const day = (date: string) => formatStaffDate(date, locale);
  // When the form closes, keyboard users return to the button that opened it, or (when a
  // change replaced that button) to the heading of the dates.
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !edit) {
      const button = opener.current;
      const back =
        button instanceof HTMLButtonElement && button.isConnected ? button : heading.current;
      back?.focus();
    }
    wasOpen.current = edit !== null;
  }, [edit]);
  const open = (next: DateEdit) => {
    if (!edit) opener.current = document.activeElement as HTMLElement | null;
    setEdit(next);
  };

  const change = async (name: string, work: () => Promise<StaffEvent>, done: string) => {
    const changed = await action.run(name, work, () => done);
    if (changed) onChanged(changed);
    return changed;
  };

  return (
    <section>
      <h2 tabIndex={-1} ref={heading}>
        {t('events.staff.dates.title')}
      </h2>
      <p>{t('events.staff.dates.lead')}</p>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <div id={listId}>
        <DateTable
          staff={staff}
          dates={showAll || !collapsible ? event.dates : few}
          allDay={event.startTime === null}
          busy={action.busy}
          onEdit={open}
          onRestore={(d) =>
            change(
              `restore-${d.originalDate}`,
              () => api.delete<StaffEvent>(adminApi.date(event.id, d.originalDate)),
              t('events.staff.dates.restored', { date: day(d.originalDate) }),
            )
          }
        />
      </div>
      {collapsible ? (
        <Button
          variant="secondary"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? t('events.staff.dates.showFewer', { count: COLLAPSED_DATES })
            : t('events.staff.dates.showAll', { count: event.dates.length })}
        </Button>
      ) : null}
      {edit ? (
        <DateForm
          key={`${edit.kind}-${edit.date.originalDate}`}
          staff={staff}
          edit={edit}
          serverErrors={action.errors}
          busy={action.busy === 'edit'}
          onClose={() => setEdit(null)}
          onSubmit={async (input) => {
            const { originalDate } = edit.date;
            const done =
              edit.kind === 'move'
                ? t('events.staff.dates.movedTo', {
                    date: day(originalDate),
                    to: day(input.to ?? originalDate),
                  })
                : t('events.staff.dates.cancelledOn', { date: day(originalDate) });
            const changed = await change(
              'edit',
              () =>
                api.post<StaffEvent>(
                  `${adminApi.date(event.id, originalDate)}/${edit.kind}`,
                  input,
                ),
              done,
            );
            if (changed) setEdit(null);
          }}
        />
      ) : null}
    </section>
  );
}
