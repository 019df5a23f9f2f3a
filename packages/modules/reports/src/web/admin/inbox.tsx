import { Button } from '@city-app/ui';
import { Loaded, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { Figures, StaffReportPage } from '../../api/staff-report.js';
import { AdminPage } from './admin-page.js';
import { ExportForm } from './inbox/export-form.js';
import { FiguresList } from './inbox/figures-list.js';
import { type InboxFilter, InboxFilterForm, inboxQuery, OPEN_INBOX } from './inbox/inbox-filter.js';
import { ReportTable } from './inbox/report-table.js';
import { useChoices } from './parts/choices.js';
import { adminApi } from './paths.js';
import { type Staff, useStaff } from './staff.js';

/** As many as fit a screen and still read as one list. */
const PAGE = 50;

/** `/admin/maengelmelder`: the inbox — open reports first, the oldest first — and the figures. */
export default function InboxScreen(_props: ScreenProps) {
  return <InboxView staff={useStaff()} />;
}

/** `now`: the moment ages count to (tests fix it). */
export function InboxView({ staff, now = Date.now() }: { staff: Staff; now?: number }) {
  const { t, api } = staff;
  const [filter, setFilter] = useState<InboxFilter>(OPEN_INBOX);
  const [page, setPage] = useState(1);
  const choices = useChoices(staff);
  const list = useResource(
    () => api.get<StaffReportPage>(`${adminApi.reports}?${inboxQuery(filter, page, PAGE)}`),
    [filter, page],
  );
  // The figures follow the department: each department reads its own inbox's.
  const figures = useResource(() => {
    const query = filter.department
      ? `?${new URLSearchParams({ department: filter.department })}`
      : '';
    return api.get<Figures>(`${adminApi.figures}${query}`);
  }, [filter.department]);

  return (
    <AdminPage staff={staff} section="inbox" title={t('reports.staff.inbox.title')}>
      <Loaded resource={figures} staff={staff}>
        {(data) => <FiguresList staff={staff} figures={data} />}
      </Loaded>
      <Loaded resource={choices} staff={staff}>
        {(town) => (
          <>
            <section aria-labelledby="reports-inbox-heading">
              <h2 id="reports-inbox-heading">{t('reports.staff.inbox.reports')}</h2>
              <InboxFilterForm
                staff={staff}
                departments={town.departments}
                colleagues={town.colleagues}
                onShow={(f) => {
                  setPage(1);
                  setFilter(f);
                }}
              />
              <Loaded resource={list} staff={staff}>
                {(data) => {
                  const pages = Math.max(1, Math.ceil(data.total / PAGE));
                  return (
                    <>
                      <p role="status">{t('reports.staff.inbox.count', { count: data.total })}</p>
                      {data.items.length ? (
                        <ReportTable staff={staff} reports={data.items} choices={town} now={now} />
                      ) : (
                        <p>{t('reports.staff.inbox.empty')}</p>
                      )}
                      {pages > 1 ? (
                        <nav
                          aria-label={t('reports.staff.inbox.pages')}
                          className="city-row-actions"
                        >
                          {page > 1 ? (
                            <Button variant="secondary" onClick={() => setPage(page - 1)}>
                              {t('reports.staff.inbox.previous')}
                            </Button>
                          ) : null}
                          <span>{t('reports.staff.inbox.page', { page, pages })}</span>
                          {page < pages ? (
                            <Button variant="secondary" onClick={() => setPage(page + 1)}>
                              {t('reports.staff.inbox.following')}
                            </Button>
                          ) : null}
                        </nav>
                      ) : null}
                    </>
                  );
                }}
              </Loaded>
            </section>
            <ExportForm staff={staff} departments={town.departments} />
          </>
        )}
      </Loaded>
    </AdminPage>
  );
}
