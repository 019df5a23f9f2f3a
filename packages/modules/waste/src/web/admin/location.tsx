import { Button, Status } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { StaffLocation, TourList } from '../../api/staff.js';
import type { CalendarSummary } from '../../summary.js';
import { AdminPage } from './admin-page.js';

import { LOCATION_FIELDS, LocationForm } from './location-form.js';
import { locationLabel } from './location-label.js';
import { LocationTours } from './location-tours.js';
import { adminApi, adminPaths } from './paths.js';
import { type Staff, useStaff } from './staff.js';

/** `/admin/abfall/strassen/:id`: change a location and choose the tour per waste type. */
export default function LocationScreen({ params }: ScreenProps) {
  return <LocationView staff={useStaff()} id={Number(params.id)} />;
}

export function LocationView({ staff, id }: { staff: Staff; id: number }) {
  const { t, api } = staff;
  const location = useResource(() => api.get<StaffLocation>(adminApi.location(id)), [id]);
  const summary = useResource(() => api.get<CalendarSummary>(adminApi.summary), []);
  const tours = useResource(() => api.get<TourList>(adminApi.tours), []);
  const action = useAction(staff, LOCATION_FIELDS);
  const title = location.data ? locationLabel(t, location.data) : t('waste.admin.location.title');

  return (
    <AdminPage staff={staff} section="locations" title={title}>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={location} staff={staff} notFound={t('waste.admin.location.notFound')}>
        {(data) => (
          <>
            <h2>{t('waste.admin.location.tours')}</h2>
            <LocationTours
              staff={staff}
              location={data}
              types={summary.data?.types ?? []}
              tours={tours.data?.tours ?? []}
              action={action}
              onChanged={location.reload}
            />
            <h2>{t('waste.admin.location.edit')}</h2>
            <LocationForm
              key={data.id}
              staff={staff}
              location={data}
              serverErrors={action.errors}
              busy={action.busy === 'save'}
              submitLabel={t('waste.admin.location.save')}
              onSubmit={async (input) => {
                const saved = await action.run(
                  'save',
                  () => api.patch<StaffLocation>(adminApi.location(id), input),
                  (l) => t('waste.admin.location.saved', { name: locationLabel(t, l) }),
                );
                if (saved) location.reload();
              }}
            />
            <h2>{t('waste.admin.location.delete')}</h2>
            <p>{t('waste.admin.location.deleteLead')}</p>
            <Button
              variant="danger"
              busy={action.busy === 'delete'}
              onClick={async () => {
                const gone = await action.run(
                  'delete',
                  async () => {
                    await api.delete(adminApi.location(id));
                    return true;
                  },
                  () => t('waste.admin.location.deleted', { name: locationLabel(t, data) }),
                );
                if (gone) staff.navigate(adminPaths.locations);
              }}
            >
              {t('waste.admin.location.deleteSubmit', { name: locationLabel(t, data) })}
            </Button>
          </>
        )}
      </Loaded>
    </AdminPage>
  );
}
