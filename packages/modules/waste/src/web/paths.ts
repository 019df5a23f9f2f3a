import { meta } from '../meta.js';

/** Where the waste calendar's screens and API live. */
export const paths = {
  api: `/api/${meta.id}`,
  screens: meta.path,
  admin: `/admin${meta.path}`,
};
