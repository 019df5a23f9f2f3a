import { meta } from '../meta.js';

const api = `/${meta.id}`;
const admin = `/admin${meta.path}`;

/** Where the surveys screens and API live (API paths below `/api`; the client adds it). */
export const paths = {
  list: meta.path,
  survey: (id: string) => `${meta.path}/${encodeURIComponent(id)}`,
  surveysApi: `${api}/surveys`,
  surveyApi: (id: string) => `${api}/surveys/${encodeURIComponent(id)}`,
  ballotsApi: (id: string) => `${api}/surveys/${encodeURIComponent(id)}/ballots`,
  commentsApi: (id: string) => `${api}/surveys/${encodeURIComponent(id)}/comments`,
  confirmApi: `${api}/ballots/confirm`,
};

/** The staff screens under `/admin/umfragen` and the API they call. */
export const adminPaths = {
  list: admin,
  new: `${admin}/neu`,
  survey: (id: string) => `${admin}/${encodeURIComponent(id)}`,
  results: (id: string) => `${admin}/${encodeURIComponent(id)}/ergebnisse`,
  surveysApi: `${api}/admin/surveys`,
  surveyApi: (id: string) => `${api}/admin/surveys/${encodeURIComponent(id)}`,
  actionApi: (id: string, action: 'publish' | 'open' | 'close') =>
    `${api}/admin/surveys/${encodeURIComponent(id)}/${action}`,
  resultsApi: (id: string) => `${api}/admin/surveys/${encodeURIComponent(id)}/results`,
  commentsApi: (id: string) => `${api}/admin/surveys/${encodeURIComponent(id)}/comments`,
  decideApi: (id: string, action: 'publish' | 'reject') =>
    `${api}/admin/comments/${encodeURIComponent(id)}/${action}`,
};
