import { meta } from '../../meta.js';

const admin = `/admin${meta.path}`;
const api = `/${meta.id}/admin`;
const report = (id: string) => `${api}/reports/${encodeURIComponent(id)}`;

/** The staff screens under `/admin/maengelmelder`, as `screens.ts` declares them. */
export const adminPaths = {
  inbox: admin,
  report: (id: string) => `${admin}/${encodeURIComponent(id)}`,
  templates: `${admin}/vorlagen`,
  apiKeys: `${admin}/schnittstelle`,
};

/** The API the staff screens call, below `/api` (the client adds it). */
export const adminApi = {
  reports: `${api}/reports`,
  report,
  /** The photo as staff see it, released or not; an `<img>` reads it with the session cookie. */
  photo: (id: string) => `/api${report(id)}/photo`,
  status: (id: string) => `${report(id)}/status`,
  moderation: (id: string) => `${report(id)}/moderation`,
  assignment: (id: string) => `${report(id)}/assignment`,
  merge: (id: string) => `${report(id)}/merge`,
  forwarding: (id: string) => `${report(id)}/forwarding`,
  retryForwarding: (id: string) => `${report(id)}/forwarding/retry`,
  redaction: (id: string) => `${report(id)}/photo/redaction`,
  figures: `${api}/figures`,
  /** The spreadsheet: a plain form sends the browser there, and it downloads the file. */
  exportCsv: `/api${api}/export.csv`,
  departments: `${api}/departments`,
  colleagues: `${api}/colleagues`,
  templates: `${api}/templates`,
  template: (id: string) => `${api}/templates/${encodeURIComponent(id)}`,
  apiKeys: `${api}/open311-keys`,
  apiKey: (id: string) => `${api}/open311-keys/${encodeURIComponent(id)}`,
  /** What residents read too: the town's categories with their icons. */
  categories: `/${meta.id}/categories`,
};
