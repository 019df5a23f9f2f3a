import { Button, Form, Status, TextField } from '@city-app/ui';
import {
  ActionFailure,
  formatStaffDate,
  Loaded,
  StaffLink,
  useAction,
  useResource,
} from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { ShiftResult, StaffPickup, TourDetail } from '../../api/staff.js';
import type { CalendarSummary } from '../../summary.js';
import { AdminPage } from './admin-page.js';

import { locationLabel } from './location-label.js';
import { adminApi, adminPaths } from './paths.js';
import { PICKUP_FIELDS, type PickupEdit, PickupForm } from './pickup-form.js';
import { PickupTable } from './pickup-table.js';
import { SHIFT_FIELDS, ShiftForm } from './shift-form.js';
import { type Staff, useStaff } from './staff.js';
import { TourSettings } from './tour-settings.js';
import { TypeName } from './type-name.js';

/** `/admin/abfall/touren/:id`: a tour's dates — add, move, cancel with a reason — and its streets. */
export default function TourScreen({ params }: ScreenProps) {
  return <TourView staff={useStaff()} id={Number(params.id)} />;
}

export function TourView({ staff, id }: { staff: Staff; id: number }) {
  const { t, locale, api } = staff;
  const tour = useResource(() => api.get<TourDetail>(adminApi.tour(id)), [id]);
  const summary = useResource(() => api.get<CalendarSummary>(adminApi.summary), []);
  const action = useAction(staff, [...PICKUP_FIELDS, ...SHIFT_FIELDS, 'name']);
  const [edit, setEdit] = useState<PickupEdit | null>(null);
  const [newDate, setNewDate] = useState('');
  const [dateMissing, setDateMissing] = useState(false);
  const title = tour.data?.name ?? t('waste.admin.tour.title');

  const change = async <T,>(name: string, work: () => Promise<T>, done: (r: T) => string) => {
    const result = await action.run(name, work, done);
    if (result !== undefined) tour.reload();
    return result;
  };
  const day = (p: StaffPickup) => formatStaffDate(p.date, locale);
  const addError = dateMissing ? t('waste.admin.pickup.dateMissing') : action.errors.date;

  return (
    <AdminPage staff={staff} section="locations" title={title}>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={tour} staff={staff} notFound={t('waste.admin.tour.notFound')}>
        {(data) => (
          <>
            <p>
              {t('waste.admin.tour.type')}{' '}
              <TypeName staff={staff} types={summary.data?.types ?? []} typeId={data.typeId} />
            </p>
            <h2>{t('waste.admin.tour.dates')}</h2>
            <PickupTable
              staff={staff}
              pickups={data.pickups}
              busy={action.busy}
              onEdit={setEdit}
              onRestore={(p) =>
                change(
                  `restore-${p.id}`,
                  () => api.post(`${adminApi.pickup(id, p.id)}/restore`),
                  () => t('waste.admin.pickup.restored', { date: day(p) }),
                )
              }
              onDelete={(p) =>
                change(
                  `delete-${p.id}`,
                  () => api.delete(adminApi.pickup(id, p.id)),
                  () => t('waste.admin.pickup.deleted', { date: day(p) }),
                )
              }
            />
            {edit ? (
              <PickupForm
                key={`${edit.kind}-${edit.pickup.id}`}
                staff={staff}
                edit={edit}
                serverErrors={action.errors}
                busy={action.busy === 'edit'}
                onClose={() => setEdit(null)}
                onSubmit={async (input) => {
                  const verb = edit.kind === 'move' ? 'move' : 'cancel';
                  const done = await change(
                    'edit',
                    () =>
                      api.post<StaffPickup>(
                        `${adminApi.pickup(id, edit.pickup.id)}/${verb}`,
                        input,
                      ),
                    (p) =>
                      edit.kind === 'move'
                        ? t('waste.admin.pickup.moved', { from: day(edit.pickup), to: day(p) })
                        : t('waste.admin.pickup.cancelledOn', { date: day(p) }),
                  );
                  if (done) setEdit(null);
                }}
              />
            ) : null}

            <h2>{t('waste.admin.tour.add')}</h2>
            <Form
              errors={addError ? [{ fieldId: 'waste-add-date', message: addError }] : []}
              errorTitle={t('waste.admin.form.errors')}
              onSubmit={async () => {
                setDateMissing(!newDate);
                if (!newDate) return;
                const added = await change(
                  'add',
                  () => api.post<StaffPickup>(adminApi.pickups(id), { date: newDate }),
                  (p) => t('waste.admin.pickup.added', { date: day(p) }),
                );
                if (added) setNewDate('');
              }}
            >
              <TextField
                id="waste-add-date"
                type="date"
                required
                label={t('waste.admin.pickup.date')}
                value={newDate}
                onChange={(e) => setNewDate(e.currentTarget.value)}
                error={addError}
              />
              <Button type="submit" busy={action.busy === 'add'}>
                {t('waste.admin.tour.addSubmit')}
              </Button>
            </Form>

            <h2>{t('waste.admin.shift.title')}</h2>
            <p>{t('waste.admin.shift.lead')}</p>
            <ShiftForm
              staff={staff}
              serverErrors={action.errors}
              busy={action.busy === 'shift'}
              onSubmit={(input) =>
                change(
                  'shift',
                  () => api.post<ShiftResult>(adminApi.shift(id), input),
                  (r) => t('waste.admin.shift.done', { count: r.moved }),
                )
              }
            />

            <h2>{t('waste.admin.tour.locations')}</h2>
            {data.locations.length ? (
              <ul>
                {data.locations.map((l) => (
                  <li key={l.id}>
                    <StaffLink staff={staff} to={adminPaths.location(l.id)}>
                      {locationLabel(t, l)}
                    </StaffLink>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('waste.admin.tour.noLocations')}</p>
            )}
            <TourSettings
              key={data.name}
              staff={staff}
              tour={data}
              action={action}
              onRenamed={tour.reload}
            />
          </>
        )}
      </Loaded>
    </AdminPage>
  );
}
