import { Status } from '@city-app/ui';
import { ActionFailure, Loaded, useAction } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { StaffEvent } from '../../api/staff-event.js';
import { AdminPage } from './admin-page.js';
import { useFormChoices } from './event-form/choices.js';
import { EventForm } from './event-form/event-form.js';
import { EVENT_FIELDS } from './event-form/form-state.js';
import { adminApi, adminPaths } from './paths.js';
import { type Staff, useStaff } from './staff.js';

/** `/admin/veranstaltungen/neu`: write a new event, one date or a series, and publish it. */
export default function NewEventScreen(_props: ScreenProps) {
  return <NewEventView staff={useStaff()} />;
}

export function NewEventView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const choices = useFormChoices(staff);
  const action = useAction(staff, EVENT_FIELDS);
  return (
    <AdminPage staff={staff} section="newEvent" title={t('events.staff.form.newTitle')}>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={choices} staff={staff}>
        {({ categories, venues }) => (
          <EventForm
            staff={staff}
            event={null}
            categories={categories}
            venues={venues}
            serverErrors={action.errors}
            busy={action.busy === 'create'}
            submitLabel={t('events.staff.form.create')}
            onSubmit={async (input) => {
              const made = await action.run(
                'create',
                () => api.post<StaffEvent>(adminApi.events, input),
                (e) => t('events.staff.form.created', { title: e.title }),
              );
              // The confirmation goes with the resident to the event's page: this screen is left.
              if (made) staff.navigate(adminPaths.published(made.id));
            }}
          />
        )}
      </Loaded>
    </AdminPage>
  );
}
