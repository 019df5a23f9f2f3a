import { RowActions, WideTable } from '@city-app/ui';
import { formatStaffDate } from '@city-app/web';
import type { StaffPickup } from '../../api/staff.js';
import type { PickupEdit } from './pickup-form.js';
import type { Staff } from './staff.js';

/**
 * A tour's dates as a table: the day, whether it takes place, the day first published and the
 * reason, and per date the actions that fit it. Each button names its date for screen readers.
 */
export function PickupTable({
  staff,
  pickups,
  busy,
  onEdit,
  onRestore,
  onDelete,
}: {
  staff: Staff;
  pickups: StaffPickup[];
  busy: string | null;
  onEdit(edit: PickupEdit): void;
  onRestore(pickup: StaffPickup): void;
  onDelete(pickup: StaffPickup): void;
}) {
  const { t, locale } = staff;
  if (!pickups.length) return <p>{t('waste.admin.tour.noPickups')}</p>;
  return (
    <WideTable label={t('waste.admin.tour.dates')}>
      <thead>
        <tr>
          <th scope="col">{t('waste.admin.pickup.date')}</th>
          <th scope="col">{t('waste.admin.pickup.status')}</th>
          <th scope="col">{t('waste.admin.pickup.planned')}</th>
          <th scope="col">{t('waste.admin.pickup.reason')}</th>
          <th scope="col">{t('waste.admin.pickup.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {pickups.map((pickup) => {
          const day = formatStaffDate(pickup.date, locale);
          const cancelled = pickup.status === 'cancelled';
          return (
            <tr key={pickup.id}>
              <th scope="row">{cancelled ? <s>{day}</s> : day}</th>
              <td>
                {t(cancelled ? 'waste.admin.pickup.cancelled' : 'waste.admin.pickup.scheduled')}
              </td>
              <td>{pickup.plannedDate ? formatStaffDate(pickup.plannedDate, locale) : '–'}</td>
              <td>
                {pickup.reason ? t(`waste.admin.reason.${pickup.reason}`) : '–'}
                {pickup.note ? <div>{pickup.note[locale] ?? pickup.note.de}</div> : null}
              </td>
              <td>
                <RowActions
                  actions={[
                    cancelled && {
                      word: t('waste.admin.pickup.restore'),
                      name: t('waste.admin.pickup.restoreOn', { date: day }),
                      busy: busy === `restore-${pickup.id}`,
                      onClick: () => onRestore(pickup),
                    },
                    !cancelled && {
                      word: t('waste.admin.pickup.move'),
                      name: t('waste.admin.pickup.moveOn', { date: day }),
                      onClick: () => onEdit({ kind: 'move', pickup }),
                    },
                    !cancelled && {
                      word: t('waste.admin.pickup.cancel'),
                      name: t('waste.admin.pickup.cancelOn', { date: day }),
                      onClick: () => onEdit({ kind: 'cancel', pickup }),
                    },
                    {
                      word: t('waste.admin.pickup.delete'),
                      name: t('waste.admin.pickup.deleteOn', { date: day }),
                      variant: 'danger',
                      busy: busy === `delete-${pickup.id}`,
                      onClick: () => onDelete(pickup),
                    },
                  ]}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </WideTable>
  );
}
