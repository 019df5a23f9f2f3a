import { Button, Select } from '@city-app/ui';
import { useState } from 'react';
import type { StaffColleague } from '../../../api/staff-colleagues.js';
import type { StaffDepartment } from '../../../api/staff-departments.js';
import type { InboxQuery } from '../../../api/staff-report.js';
import { MODERATION_STATES, REPORT_STATUSES } from '../../../status/status.js';
import type { Staff } from '../staff.js';

/**
 * What staff narrow the inbox to: a department (each department its inbox), open ones or a
 * status, those waiting for review, and who has them.
 */
export interface InboxFilter {
  department: string;
  /** `open`: new, confirmed and in progress; else one status, or `''` for all. */
  state: '' | 'open' | (typeof REPORT_STATUSES)[number];
  moderation: '' | (typeof MODERATION_STATES)[number];
  /** `me`, `nobody`, a colleague's staff id, or `''` for anyone. */
  assigned: string;
}

export const OPEN_INBOX: InboxFilter = {
  department: '',
  state: 'open',
  moderation: '',
  assigned: '',
};

/** The filter as the inbox route reads it. */
export function inboxQuery(filter: InboxFilter, page: number, pageSize: number): URLSearchParams {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (filter.department) query.set('department', filter.department);
  if (filter.state === 'open') query.set('open', 'true');
  else if (filter.state) query.set('status', filter.state satisfies InboxQuery['status']);
  if (filter.moderation) query.set('moderation', filter.moderation);
  if (filter.assigned) query.set('assigned', filter.assigned);
  return query;
}

/** The filter form above the inbox; it applies on "Anzeigen" (Enter), not on each change. */
export function InboxFilterForm({
  staff,
  departments,
  colleagues,
  onShow,
}: {
  staff: Pick<Staff, 't'>;
  departments: StaffDepartment[];
  colleagues: StaffColleague[];
  onShow(filter: InboxFilter): void;
}) {
  const { t } = staff;
  const [filter, setFilter] = useState<InboxFilter>(OPEN_INBOX);
  const set = (change: Partial<InboxFilter>) => setFilter((f) => ({ ...f, ...change }));
  return (
    // biome-ignore lint/a11y/useSemanticElements: the search landmark on the form itself, as browsers without <search> know it
    <form
      role="search"
      aria-label={t('reports.staff.inbox.filter')}
      className="city-row-actions"
      onSubmit={(e) => {
        e.preventDefault();
        onShow(filter);
      }}
    >
      <Select
        label={t('reports.staff.inbox.department')}
        value={filter.department}
        onChange={(e) => set({ department: e.currentTarget.value })}
        options={[
          { value: '', label: t('reports.staff.inbox.allDepartments') },
          ...departments.map((d) => ({ value: d.id, label: d.name })),
        ]}
      />
      <Select
        label={t('reports.staff.inbox.state')}
        value={filter.state}
        onChange={(e) => set({ state: e.currentTarget.value as InboxFilter['state'] })}
        options={[
          { value: 'open', label: t('reports.staff.inbox.open') },
          { value: '', label: t('reports.staff.inbox.allStates') },
          ...REPORT_STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}`) })),
        ]}
      />
      <Select
        label={t('reports.staff.inbox.moderation')}
        value={filter.moderation}
        onChange={(e) => set({ moderation: e.currentTarget.value as InboxFilter['moderation'] })}
        options={[
          { value: '', label: t('reports.staff.inbox.anyModeration') },
          ...MODERATION_STATES.map((s) => ({ value: s, label: t(`reports.moderation.${s}`) })),
        ]}
      />
      <Select
        label={t('reports.staff.inbox.assigned')}
        value={filter.assigned}
        onChange={(e) => set({ assigned: e.currentTarget.value })}
        options={[
          { value: '', label: t('reports.staff.inbox.anyone') },
          { value: 'me', label: t('reports.staff.inbox.me') },
          { value: 'nobody', label: t('reports.staff.inbox.nobody') },
          ...colleagues.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <Button type="submit">{t('reports.staff.inbox.show')}</Button>
    </form>
  );
}
