import manifest from '../index.js';

/** Where the news screens and API live; from the manifest, so a town may move them. */
export const paths = {
  list: manifest.path,
  article: (slug: string) => `${manifest.path}/${encodeURIComponent(slug)}`,
  admin: `/admin${manifest.path}`,
  adminNew: `/admin${manifest.path}/new`,
  adminEdit: (id: string) => `/admin${manifest.path}/${encodeURIComponent(id)}`,
  api: `/${manifest.id}`,
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
