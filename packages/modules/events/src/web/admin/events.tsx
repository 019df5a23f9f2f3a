import { Button } from '@city-app/ui';
import { Loaded, StaffLink, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { StaffEventList } from '../../api/staff-event.js';
import { AdminPage } from './admin-page.js';
import { useFormChoices } from './event-form/choices.js';
import { EventTable } from './events-list/event-table.js';
import { type ListFilter, ListFilterForm } from './events-list/list-filter.js';
import { adminApi, adminPaths } from './paths.js';
import { type Staff, useStaff } from './staff.js';

/** As many as the API gives on a page. */
const PAGE = 50;

/** `/admin/veranstaltungen`: every event, the next ones first; search, filter, page, open one. */
export default function EventsScreen(_props: ScreenProps) {
  return <EventsView staff={useStaff()} />;
}

export function EventsView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const [filter, setFilter] = useState<ListFilter>({ q: '', status: '', category: '' });
  const [page, setPage] = useState(1);
  const choices = useFormChoices(staff);
  const list = useResource(() => {
    const query = new URLSearchParams({ page: String(page) });
    for (const key of ['q', 'status', 'category'] as const) {
      if (filter[key]) query.set(key, filter[key]);
    }
    return api.get<StaffEventList>(`${adminApi.events}?${query}`);
  }, [filter, page]);

  return (
    <AdminPage staff={staff} section="events" title={t('events.staff.title')}>
      <p className="events-admin__lead-action">
        <StaffLink staff={staff} to={adminPaths.newEvent}>
          {t('events.staff.nav.new')}
        </StaffLink>
      </p>
      <ListFilterForm
        staff={staff}
        categories={choices.data?.categories ?? []}
        onSearch={(f) => {
          setPage(1);
          setFilter(f);
        }}
      />
      <Loaded resource={list} staff={staff}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / PAGE));
          return (
            <>
              <p role="status">{t('events.staff.list.count', { count: data.total })}</p>
              {data.items.length ? (
                <EventTable staff={staff} events={data.items} />
              ) : (
                <p>{t('events.staff.list.empty')}</p>
              )}
              {pages > 1 ? (
                <nav aria-label={t('events.staff.list.pages')} className="events-admin__actions">
                  {page > 1 ? (
                    <Button variant="secondary" onClick={() => setPage(page - 1)}>
                      {t('events.staff.list.previous')}
                    </Button>
                  ) : null}
                  <span>{t('events.staff.list.page', { page, pages })}</span>
                  {page < pages ? (
                    <Button variant="secondary" onClick={() => setPage(page + 1)}>
                      {t('events.staff.list.following')}
                    </Button>
                  ) : null}
                </nav>
              ) : null}
            </>
          );
        }}
      </Loaded>
    </AdminPage>
  );
}
