import { meta } from '../meta.js';

/**
 * Where the news screens and API live; from the module's plain-data meta (not the manifest,
 * whose config schema would put the validation library on the home screen).
 */
export const paths = {
  list: meta.path,
  article: (slug: string) => `${meta.path}/${encodeURIComponent(slug)}`,
  admin: `/admin${meta.path}`,
  adminNew: `/admin${meta.path}/new`,
  adminEdit: (id: string) => `/admin${meta.path}/${encodeURIComponent(id)}`,
  api: `/${meta.id}`,
};

/** A query parameter of the current address, when there is one (not during server rendering). */
export function searchParam(name: string): string | null {
  return typeof location === 'undefined' ? null : new URLSearchParams(location.search).get(name);
}

/** Keeps filter and page in the address bar, so a filtered list can be shared and reloaded. */
export function replaceSearch(values: Record<string, string | number | null>): void {
  if (typeof history === 'undefined' || typeof location === 'undefined') return;
  const search = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === '') search.delete(key);
    else search.set(key, String(value));
  }
  const query = search.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
  );
}

export function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown } | undefined)?.status === 404;
}
