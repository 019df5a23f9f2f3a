import { meta } from '../meta.js';

const base = meta.path;
const admin = `/admin${meta.path}`;
const enc = encodeURIComponent;

/**
 * Where the experiment space's screens and API live; from the module's plain-data meta (not
 * the manifest, whose config schema would put the validation library on the home screen).
 */
export const paths = {
  catalogue: base,
  resource: (id: string) => `${base}/buchen/${enc(id)}`,
  confirmation: (token: string) => `${base}/bestaetigung/${enc(token)}`,
  booking: (token: string) => `${base}/buchung/${enc(token)}`,
  myData: `${base}/meine-daten`,
  courses: `${base}/kurse`,
  course: (id: string, sessionId?: string) =>
    `${base}/kurse/${enc(id)}${sessionId ? `?termin=${enc(sessionId)}` : ''}`,
  admin: {
    schedule: admin,
    approvals: `${admin}/freigaben`,
    bookings: `${admin}/buchungen`,
    resources: `${admin}/ressourcen`,
    newResource: `${admin}/ressourcen/neu`,
    resource: (id: string) => `${admin}/ressourcen/${enc(id)}`,
    courses: `${admin}/kurse`,
    course: (id: string) => `${admin}/kurse/${enc(id)}`,
    briefings: `${admin}/einweisungen`,
    quotas: `${admin}/kontingente`,
  },
};

/** The module's API, below `/api`. */
export const apiPaths = {
  root: `/api/${meta.id}`,
  ics: (token: string) => `/api/${meta.id}/bookings/${enc(token)}/booking.ics`,
  myData: (token: string) => `/api/${meta.id}/bookings/${enc(token)}/my-data`,
  csv: (from: string, to: string) =>
    `/api/${meta.id}/staff/bookings.csv?${new URLSearchParams({ from, to })}`,
};

/** A query parameter of the current address, when there is one (not during server rendering). */
export function searchParam(name: string): string | null {
  return typeof location === 'undefined' ? null : new URLSearchParams(location.search).get(name);
}

/** Keeps a choice (day, filter) in the address bar, so the view can be shared and reloaded. */
export function replaceSearch(values: Record<string, string | null>): void {
  if (typeof history === 'undefined' || typeof location === 'undefined') return;
  const search = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === '') search.delete(key);
    else search.set(key, value);
  }
  const query = search.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
}
