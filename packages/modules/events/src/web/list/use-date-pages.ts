import { type ApiClient, useResource } from '@city-app/web';
import { useState } from 'react';
import type { EventDate, EventDatePage } from '../../api/event-date.js';
import { datesRequest, type ListFilters } from './filters.js';

/** What the last "Weitere laden" brought: how many dates, and where the first of them stands. */
export interface Appended {
  count: number;
  firstIndex: number;
}

/**
 * The first page of dates for the filters, then each further page appended by "Weitere
 * laden" (the API's `next` cursor). A failed further page keeps what is shown.
 */
export function useDatePages(api: ApiClient, filters: ListFilters) {
  const request = datesRequest(filters);
  const first = useResource(() => api.get<EventDatePage>(request), [api, request]);
  const [more, setMore] = useState<{ items: EventDate[]; next: string | null } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [appended, setAppended] = useState<Appended | null>(null);
  const next = more ? more.next : first.state === 'ready' ? first.data.next : null;
  const items = first.state === 'ready' ? [...first.data.items, ...(more?.items ?? [])] : [];

  async function loadMore() {
    if (!next || loading) return;
    setLoading(true);
    setError(null);
    try {
      const page = await api.get<EventDatePage>(datesRequest(filters, next));
      setMore((before) => ({ items: [...(before?.items ?? []), ...page.items], next: page.next }));
      setAppended({ count: page.items.length, firstIndex: items.length });
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }

  return { first, items, next, loadMore, loading, error, appended };
}
