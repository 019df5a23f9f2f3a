import { Alert, Button, Fieldset, Select, Status, TextField } from '@city-app/ui';
import { useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { BookingStatus, StaffBooking, StaffResource } from '../../api.js';
import { addDays, isLocalDate, todayIn } from '../format.js';
import { Loaded } from '../parts/load-state.js';
import { apiPaths, replaceSearch, searchParam } from '../paths.js';
import { useSpace } from '../use-space.js';
import { AdminPage } from './admin-page.js';
import { StaffBookingItem } from './booking-card.js';

const STATUSES: BookingStatus[] = [
  'pending',
  'confirmed',
  'checked_in',
  'no_show',
  'cancelled',
  'declined',
  'waiting',
  'offered',
  'expired',
  'withdrawn',
];

interface Filters {
  status: string;
  resourceId: string;
  from: string;
  to: string;
}

/** `/admin/experimentierraum/buchungen`: bookings by state, resource and period; CSV export. */
export default function BookingsScreen(_props: ScreenProps) {
  const space = useSpace();
  const { t, text } = space;
  const today = todayIn(space.timeZone);
  const initial = (): Filters => ({
    status: searchParam('status') ?? '',
    resourceId: searchParam('resource') ?? '',
    from: searchParam('from') ?? today,
    to: searchParam('to') ?? addDays(today, 30),
  });
  const [draft, setDraft] = useState<Filters>(initial);
  const [filters, setFilters] = useState<Filters>(initial);
  const [dateError, setDateError] = useState<string | null>(null);
  const resources = useResource(() => space.api.get<StaffResource[]>('/staff/resources'), []);
  const bookings = useResource(() => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
    return space.api.get<StaffBooking[]>(`/staff/bookings?${query}`);
  }, [filters.status, filters.resourceId, filters.from, filters.to]);
  const action = useAction(space);

  return (
    <AdminPage space={space} title={t('admin.bookings.title')}>
      <form
        className="city-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!isLocalDate(draft.from) || !isLocalDate(draft.to) || draft.to < draft.from) {
            setDateError(t('admin.bookings.periodError'));
            return;
          }
          setDateError(null);
          setFilters(draft);
          replaceSearch({
            status: draft.status,
            resource: draft.resourceId,
            from: draft.from,
            to: draft.to,
          });
        }}
      >
        <Fieldset legend={t('admin.bookings.filter')}>
          <Select
            label={t('summary.status')}
            value={draft.status}
            onChange={(event) => setDraft({ ...draft, status: event.currentTarget.value })}
            options={[
              { value: '', label: t('admin.bookings.allStatuses') },
              ...STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
            ]}
          />
          <Select
            label={t('admin.bookings.resource')}
            value={draft.resourceId}
            onChange={(event) => setDraft({ ...draft, resourceId: event.currentTarget.value })}
            options={[
              { value: '', label: t('admin.bookings.allResources') },
              ...(resources.data ?? []).map((r) => ({ value: r.id, label: text(r.name) })),
            ]}
          />
          <TextField
            type="date"
            label={t('admin.bookings.from')}
            value={draft.from}
            error={dateError}
            onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
          />
          <TextField
            type="date"
            label={t('admin.bookings.to')}
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
          />
        </Fieldset>
        <Button type="submit">{t('admin.bookings.apply')}</Button>
      </form>
      <p>
        <a href={apiPaths.csv(filters.from, filters.to)} download="buchungen.csv" type="text/csv">
          {t('admin.bookings.csv')}
        </a>
      </p>
      <Status>{action.announcement}</Status>
      {action.failure ? <Alert tone="error">{action.failure}</Alert> : null}
      <Loaded resource={bookings} space={space}>
        {(data) => (
          <>
            <h2>{t('admin.bookings.count', { count: data.length })}</h2>
            {data.length ? (
              <ul className="city-stack-list">
                {data.map((booking) => (
                  <li key={booking.id}>
                    <StaffBookingItem
                      booking={booking}
                      space={space}
                      action={action}
                      onChanged={bookings.reload}
                    />
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('admin.bookings.empty')}</p>
            )}
          </>
        )}
      </Loaded>
    </AdminPage>
  );
}
