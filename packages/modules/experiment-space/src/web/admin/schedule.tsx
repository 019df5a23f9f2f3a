import { Alert, Status, TextField } from '@city-app/ui';
import { Link, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { Schedule } from '../../api.js';
import { formatDay, isLocalDate, todayIn } from '../format.js';
import { Loaded } from '../parts/load-state.js';
import { paths, replaceSearch, searchParam } from '../paths.js';
import { useSpace } from '../use-space.js';
import { AdminPage } from './admin-page.js';
import { StaffBookingItem } from './booking-card.js';

/** `/admin/experimentierraum`: one day's bookings (today first); check in or mark no-shows. */
export default function ScheduleScreen(_props: ScreenProps) {
  const space = useSpace();
  const { t, locale } = space;
  const [date, setDate] = useState(() => {
    const wanted = searchParam('tag');
    return wanted && isLocalDate(wanted) ? wanted : todayIn(space.timeZone);
  });
  const schedule = useResource(
    () => space.api.get<Schedule>(`/staff/schedule?${new URLSearchParams({ date })}`),
    [date],
  );
  const action = useAction(space);
  return (
    <AdminPage space={space} title={t('admin.schedule.title')}>
      <TextField
        type="date"
        label={t('slots.date')}
        value={date}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (!isLocalDate(value)) return;
          setDate(value);
          replaceSearch({ tag: value });
        }}
      />
      <Status>{action.announcement}</Status>
      {action.failure ? <Alert tone="error">{action.failure}</Alert> : null}
      <Loaded resource={schedule} space={space}>
        {(data) => (
          <>
            {data.pending ? (
              <p>
                <Link to={paths.admin.approvals}>
                  {t(data.pending === 1 ? 'admin.schedule.pendingOne' : 'admin.schedule.pending', {
                    count: data.pending,
                  })}
                </Link>
              </p>
            ) : null}
            <h2>{formatDay(data.date, locale)}</h2>
            {data.bookings.length ? (
              <ul className="city-stack-list">
                {data.bookings.map((booking) => (
                  <li key={booking.id}>
                    <StaffBookingItem
                      booking={booking}
                      space={space}
                      action={action}
                      onChanged={schedule.reload}
                      timeOnly
                    />
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('admin.schedule.empty')}</p>
            )}
          </>
        )}
      </Loaded>
    </AdminPage>
  );
}
