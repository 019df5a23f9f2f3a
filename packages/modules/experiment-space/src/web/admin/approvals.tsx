import { Alert, Status } from '@city-app/ui';
import { useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { StaffBooking } from '../../api.js';
import { Loaded } from '../parts/load-state.js';
import { useSpace } from '../use-space.js';
import { AdminPage } from './admin-page.js';
import { StaffBookingItem } from './booking-card.js';

/** `/admin/experimentierraum/freigaben`: bookings waiting for a decision, oldest first. */
export default function ApprovalsScreen(_props: ScreenProps) {
  const space = useSpace();
  const { t } = space;
  const pending = useResource(
    () => space.api.get<StaffBooking[]>('/staff/bookings?status=pending'),
    [],
  );
  const action = useAction(space);
  return (
    <AdminPage space={space} title={t('admin.approvals.title')}>
      <Status>{action.announcement}</Status>
      {action.failure ? <Alert tone="error">{action.failure}</Alert> : null}
      <Loaded resource={pending} space={space}>
        {(data) =>
          data.length ? (
            <>
              <h2>
                {t(data.length === 1 ? 'admin.approvals.countOne' : 'admin.approvals.count', {
                  count: data.length,
                })}
              </h2>
              <ul className="city-stack-list">
                {data.map((booking) => (
                  <li key={booking.id}>
                    <StaffBookingItem
                      booking={booking}
                      space={space}
                      action={action}
                      onChanged={pending.reload}
                    />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('admin.approvals.empty')}</p>
          )
        }
      </Loaded>
    </AdminPage>
  );
}
