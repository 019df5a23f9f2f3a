import { Status } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useQueryFlag, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useState } from 'react';
import type { StaffEvent } from '../../api/staff-event.js';
import { AdminPage } from './admin-page.js';
import { EventDates } from './dates/event-dates.js';
import { useFormChoices } from './event-form/choices.js';
import { EventForm } from './event-form/event-form.js';
import { EVENT_FIELDS } from './event-form/form-state.js';
import { EventMarks } from './events-list/event-marks.js';
import { adminApi, PUBLISHED } from './paths.js';
import { PendingDecision } from './review/pending-decision.js';
import { type Staff, useStaff } from './staff.js';
import { WholeEvent } from './whole-event.js';

/** `/admin/veranstaltungen/:id`: change an event, its dates one by one, or the whole of it. */
export default function EventScreen({ params }: ScreenProps) {
  // Said once: the flag leaves the address bar, so a reload does not announce it again.
  const published = useQueryFlag(PUBLISHED);
  return <EventView staff={useStaff()} id={params.id ?? ''} published={published} />;
}

/** `published`: the event was just created, and its page says so (the form's screen is gone). */
export function EventView({
  staff,
  id,
  published = false,
}: {
  staff: Staff;
  id: string;
  published?: boolean;
}) {
  const { t, api } = staff;
  const loaded = useResource(() => api.get<StaffEvent>(adminApi.event(id)), [id]);
  const choices = useFormChoices(staff);
  const action = useAction(staff, EVENT_FIELDS);
  // The event as the last answer gave it: each change answers with the whole event.
  const [event, setEvent] = useState<StaffEvent | null>(null);
  useEffect(() => setEvent(loaded.data ?? null), [loaded.data]);
  const title = event?.title ?? loaded.data?.title ?? t('events.staff.title');

  return (
    <AdminPage staff={staff} section={null} title={title}>
      <Status>
        {action.announcement ||
          (published && loaded.data
            ? t('events.staff.form.created', { title: loaded.data.title })
            : null)}
      </Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={loaded} staff={staff} notFound={t('events.staff.event.notFound')}>
        {(first) => {
          const current = event ?? first;
          return (
            <>
              <EventMarks staff={staff} event={current} />
              <PendingDecision staff={staff} event={current} action={action} onChanged={setEvent} />
              <Loaded resource={choices} staff={staff}>
                {({ categories, venues }) => (
                  <EventForm
                    staff={staff}
                    event={current}
                    categories={categories}
                    venues={venues}
                    serverErrors={action.errors}
                    busy={action.busy === 'save'}
                    submitLabel={t('events.staff.form.save')}
                    onSubmit={async (input) => {
                      const saved = await action.run(
                        'save',
                        () => api.put<StaffEvent>(adminApi.event(id), input),
                        (e) => t('events.staff.form.saved', { title: e.title }),
                      );
                      if (saved) setEvent(saved);
                    }}
                  />
                )}
              </Loaded>
              <EventDates staff={staff} event={current} onChanged={setEvent} />
              <WholeEvent staff={staff} event={current} action={action} onChanged={setEvent} />
            </>
          );
        }}
      </Loaded>
    </AdminPage>
  );
}
