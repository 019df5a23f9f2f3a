import { meta } from '../../meta.js';
import { api } from '../paths.js';

const admin = `/admin${meta.path}`;

/**
 * The staff screens under `/admin/umfragen` and the API they call. Apart from the residents'
 * paths, which the home widget brings onto the app's first script: these load with the staff
 * screens.
 */
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
