import { meta } from '../../meta.js';

const admin = `/admin${meta.path}`;
/** The query that tells an event's page it was just published. */
export const PUBLISHED = 'veroeffentlicht';
const api = `/${meta.id}/admin`;

/** The staff screens under `/admin/veranstaltungen`, as `src/meta.ts` declares them. */
export const adminPaths = {
  events: admin,
  newEvent: `${admin}/neu`,
  event: (id: string) => `${admin}/${encodeURIComponent(id)}`,
  /** An event's page right after it was published: the page confirms it (`?veroeffentlicht`). */
  published: (id: string) => `${admin}/${encodeURIComponent(id)}?${PUBLISHED}`,
  venues: `${admin}/orte`,
  sources: `${admin}/quellen`,
  review: `${admin}/pruefen`,
  organisers: `${admin}/veranstalter`,
};

const event = (id: string) => `${api}/events/${encodeURIComponent(id)}`;

/** The API the staff screens call, below `/api` (the client adds it). */
export const adminApi = {
  events: `${api}/events`,
  event,
  cancel: (id: string) => `${event(id)}/cancel`,
  reinstate: (id: string) => `${event(id)}/reinstate`,
  date: (id: string, date: string) => `${event(id)}/dates/${date}`,
  venues: `${api}/venues`,
  venue: (id: string) => `${api}/venues/${encodeURIComponent(id)}`,
  sources: `${api}/sources`,
  source: (id: string) => `${api}/sources/${encodeURIComponent(id)}`,
  sync: (id: string) => `${api}/sources/${encodeURIComponent(id)}/sync`,
  submissions: `${api}/submissions`,
  approve: (id: string) => `${event(id)}/approve`,
  reject: (id: string) => `${event(id)}/reject`,
  organisers: `${api}/organisers`,
  organiser: (id: string) => `${api}/organisers/${encodeURIComponent(id)}`,
  trust: (id: string, trusted: boolean) =>
    `${api}/organisers/${encodeURIComponent(id)}/${trusted ? 'trust' : 'distrust'}`,
  /** What residents read too: the town's categories and the venues with their facts. */
  categories: `/${meta.id}/categories`,
  venueList: `/${meta.id}/venues`,
};
