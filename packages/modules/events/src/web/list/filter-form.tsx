import { Button, Checkbox, Fieldset, Form, Select, TextField } from '@city-app/ui';
import { Link } from '@city-app/web';
import { useState } from 'react';
import type { Venue } from '../../api/venue.js';
import { localizedText } from '../parts/localized-text.js';
import type { EventsContext } from '../parts/use-events.js';
import {
  activeFilterCount,
  type ListFilters,
  listPath,
  MAX_SEARCH,
  withoutFilters,
} from './filters.js';

/**
 * The filters: words, categories (several), venue, free of charge, step-free, an own range of
 * days. Nothing changes while a resident ticks boxes (WCAG 3.2.2); "Anzeigen" applies the
 * choice as a new address, so Back undoes it. The panel opens by itself when filters are on.
 */
export function FilterForm({
  filters,
  venues,
  ctx,
}: {
  filters: ListFilters;
  /** The venues to choose from; none (not loaded, or the town has none) hides the choice. */
  venues: readonly Venue[];
  ctx: EventsContext;
}) {
  const { t, locale, options, navigate } = ctx;
  const [draft, setDraft] = useState(filters);
  const active = activeFilterCount(filters);
  const set = (change: Partial<ListFilters>) => setDraft((before) => ({ ...before, ...change }));
  const toggle = (id: string, on: boolean) =>
    set({
      categories: on
        ? [...draft.categories, id]
        : draft.categories.filter((category) => category !== id),
    });
  return (
    <details open={active > 0}>
      <summary>
        {active === 0
          ? t('events.filters.heading')
          : active === 1
            ? t('events.filters.active.one')
            : t('events.filters.active.other', { count: active })}
      </summary>
      <Form
        onSubmit={() => {
          const ranged = Boolean(draft.from || draft.to);
          const when = ranged ? 'range' : draft.when === 'range' ? 'upcoming' : draft.when;
          navigate(listPath({ ...draft, when, q: draft.q.trim() }));
        }}
      >
        <TextField
          type="search"
          name="q"
          label={t('events.filters.q')}
          description={t('events.filters.qHint')}
          maxLength={MAX_SEARCH}
          value={draft.q}
          onChange={(event) => set({ q: event.target.value })}
        />
        <Fieldset legend={t('events.filters.category')}>
          {options.categories.map((category) => {
            const title = localizedText(category.title, locale);
            return (
              <Checkbox
                key={category.id}
                name="category"
                value={category.id}
                label={<span lang={title.lang}>{title.text}</span>}
                checked={draft.categories.includes(category.id)}
                onChange={(event) => toggle(category.id, event.target.checked)}
              />
            );
          })}
        </Fieldset>
        {venues.length > 0 ? (
          <Select
            name="venue"
            label={t('events.filters.venue')}
            value={draft.venue ?? ''}
            onChange={(event) => set({ venue: event.target.value || null })}
            options={[
              { value: '', label: t('events.filters.anyVenue') },
              ...venues.map((venue) => ({ value: venue.id, label: venue.name })),
            ]}
          />
        ) : null}
        <Checkbox
          name="free"
          label={t('events.filters.free')}
          checked={draft.free}
          onChange={(event) => set({ free: event.target.checked })}
        />
        <Checkbox
          name="stepFree"
          label={t('events.filters.stepFree')}
          checked={draft.stepFree}
          onChange={(event) => set({ stepFree: event.target.checked })}
        />
        <Fieldset legend={t('events.filters.range')} description={t('events.filters.rangeHint')}>
          <TextField
            type="date"
            name="from"
            label={t('events.filters.from')}
            value={draft.from ?? ''}
            onChange={(event) => set({ from: event.target.value || null })}
          />
          <TextField
            type="date"
            name="to"
            label={t('events.filters.to')}
            value={draft.to ?? ''}
            onChange={(event) => set({ to: event.target.value || null })}
          />
        </Fieldset>
        <p style={{ display: 'flex', flexWrap: 'wrap', gap: '1em', alignItems: 'center' }}>
          <Button type="submit">{t('events.filters.apply')}</Button>
          {active > 0 ? (
            <Link to={listPath(withoutFilters(filters))}>{t('events.filters.reset')}</Link>
          ) : null}
        </p>
      </Form>
    </details>
  );
}
