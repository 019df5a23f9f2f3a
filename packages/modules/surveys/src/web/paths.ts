import { meta } from '../meta.js';

/** The module's API below `/api` (the client adds it). */
export const api = `/${meta.id}`;

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
