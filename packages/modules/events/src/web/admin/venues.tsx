import { Button, Dialog, Status } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useRef, useState } from 'react';
import type { Venue, VenueList } from '../../api/venue.js';
import { AdminPage } from './admin-page.js';
import { adminApi } from './paths.js';
import { type Staff, useStaff } from './staff.js';
import { VENUE_FIELDS, VenueForm } from './venues/venue-form.js';
import { VenueTable } from './venues/venue-table.js';

/** `/admin/veranstaltungen/orte`: the venues events reuse — list, add, change, delete. */
export default function VenuesScreen(_props: ScreenProps) {
  return <VenuesView staff={useStaff()} />;
}

export function VenuesView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const venues = useResource(() => api.get<VenueList>(adminApi.venueList), []);
  const action = useAction(staff, VENUE_FIELDS);
  const [editing, setEditing] = useState<Venue | null>(null);
  const [deleting, setDeleting] = useState<Venue | null>(null);
  // A new empty form after each venue added.
  const [added, setAdded] = useState(0);
  // Keyboard users land on the edit form as it opens.
  const editHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);

  const run = async <T,>(name: string, work: () => Promise<T>, done: (r: T) => string) => {
    const result = await action.run(name, work, done);
    if (result !== undefined) venues.reload();
    return result;
  };

  return (
    <AdminPage staff={staff} section="venues" title={t('events.staff.venues.title')}>
      <p>{t('events.staff.venues.lead')}</p>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={venues} staff={staff}>
        {(data) => (
          <VenueTable
            staff={staff}
            venues={data.items}
            onEdit={setEditing}
            onDelete={setDeleting}
          />
        )}
      </Loaded>

      {editing ? (
        <section aria-labelledby="events-venue-edit-heading" className="events-admin__panel">
          <h2 id="events-venue-edit-heading" tabIndex={-1} ref={editHeading}>
            {t('events.staff.venues.editTitle', { name: editing.name })}
          </h2>
          <VenueForm
            key={editing.id}
            staff={staff}
            venue={editing}
            serverErrors={action.errors}
            busy={action.busy === 'save'}
            submitLabel={t('events.staff.venues.save')}
            onSubmit={async (input) => {
              const saved = await run(
                'save',
                () => api.put<Venue>(adminApi.venue(editing.id), input),
                (v) => t('events.staff.venues.saved', { name: v.name }),
              );
              if (saved) setEditing(null);
            }}
          />
          <Button variant="secondary" onClick={() => setEditing(null)}>
            {t('events.staff.venues.cancelEdit')}
          </Button>
        </section>
      ) : (
        <section aria-labelledby="events-venue-new-heading">
          <h2 id="events-venue-new-heading">{t('events.staff.venues.new')}</h2>
          <VenueForm
            key={added}
            staff={staff}
            venue={null}
            serverErrors={action.errors}
            busy={action.busy === 'create'}
            submitLabel={t('events.staff.venues.create')}
            onSubmit={async (input) => {
              const made = await run(
                'create',
                () => api.post<Venue>(adminApi.venues, input),
                (v) => t('events.staff.venues.created', { name: v.name }),
              );
              if (made) setAdded((n) => n + 1);
            }}
          />
        </section>
      )}

      <Dialog
        open={deleting !== null}
        title={t('events.staff.venues.deleteTitle')}
        onClose={() => setDeleting(null)}
        actions={
          <Button
            variant="danger"
            onClick={async () => {
              const venue = deleting;
              setDeleting(null);
              if (!venue) return;
              await run(
                'delete',
                () => api.delete(adminApi.venue(venue.id)).then(() => venue),
                (v) => t('events.staff.venues.deleted', { name: v.name }),
              );
            }}
          >
            {t('events.staff.venues.deleteConfirm')}
          </Button>
        }
      >
        <p>{deleting ? t('events.staff.venues.deleteText', { name: deleting.name }) : null}</p>
      </Dialog>
    </AdminPage>
  );
}
