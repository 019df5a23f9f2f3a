import { Button, Select, TextField } from '@city-app/ui';
import { useState } from 'react';
import type { Localized } from '../../../api/localized.js';
import { EVENT_STATUSES, type EventStatus } from '../../../api/staff-event.js';
import type { Staff } from '../staff.js';

/** What staff look for: words in the title, a status, a category. */
export interface ListFilter {
  q: string;
  status: EventStatus | '';
  category: string;
}

/** The search form above the list; it applies on "Suchen" (Enter), not on each key. */
export function ListFilterForm({
  staff,
  categories,
  onSearch,
}: {
  staff: Pick<Staff, 't' | 'locale'>;
  categories: Array<{ id: string; title: Localized }>;
  onSearch(filter: ListFilter): void;
}) {
  const { t, locale } = staff;
  const [filter, setFilter] = useState<ListFilter>({ q: '', status: '', category: '' });
  const set = (change: Partial<ListFilter>) => setFilter((f) => ({ ...f, ...change }));
  return (
    // biome-ignore lint/a11y/useSemanticElements: the search landmark on the form itself, as browsers without <search> know it
    <form
      role="search"
      className="events-admin__search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch({ ...filter, q: filter.q.trim() });
      }}
    >
      <TextField
        type="search"
        maxLength={80}
        label={t('events.staff.list.search')}
        value={filter.q}
        onChange={(e) => set({ q: e.currentTarget.value })}
      />
      <Select
        label={t('events.staff.list.status')}
        value={filter.status}
        onChange={(e) => set({ status: e.currentTarget.value as ListFilter['status'] })}
        options={[
          { value: '', label: t('events.staff.list.statusAll') },
          ...EVENT_STATUSES.map((s) => ({ value: s, label: t(`events.staff.status.${s}`) })),
        ]}
      />
      <Select
        label={t('events.staff.list.category')}
        value={filter.category}
        onChange={(e) => set({ category: e.currentTarget.value })}
        options={[
          { value: '', label: t('events.staff.list.categoryAll') },
          ...categories.map((c) => ({ value: c.id, label: c.title[locale] ?? c.title.de })),
        ]}
      />
      <Button type="submit">{t('events.staff.list.submit')}</Button>
    </form>
  );
}
