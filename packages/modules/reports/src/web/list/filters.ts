import { REPORT_STATUSES, type ReportStatus } from '../../status/status.js';
import { paths } from '../paths.js';

/** The public list's choice, from and to the page's query: a link shares it, Back returns. */
export interface ListFilters {
  status: ReportStatus | null;
  category: string | null;
  page: number;
}

export const PAGE_SIZE = 20;

export function readFilters(search: string): ListFilters {
  const query = new URLSearchParams(search);
  const status = query.get('status');
  const page = Number(query.get('seite'));
  return {
    status: REPORT_STATUSES.includes(status as ReportStatus) ? (status as ReportStatus) : null,
    category: query.get('kategorie') || null,
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : 1,
  };
}

/** The screen's address for a choice; page 1 and "all" are left out. */
export function filtersPath(filters: ListFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.category) query.set('kategorie', filters.category);
  if (filters.page > 1) query.set('seite', String(filters.page));
  const search = query.toString();
  return search ? `${paths.screens}?${search}` : paths.screens;
}

/** The API's address for a choice. */
export function listApiPath(filters: ListFilters): string {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.category) query.set('category', filters.category);
  query.set('page', String(filters.page));
  query.set('pageSize', String(PAGE_SIZE));
  return `${paths.api}?${query}`;
}
