import { meta } from '../meta.js';

/** Where the council screens and API live; from the module's plain-data meta. */
export const paths = {
  list: meta.path,
  meeting: (key: string) => `${meta.path}/${encodeURIComponent(key)}`,
  paper: (key: string) => `${meta.path}/vorlage/${encodeURIComponent(key)}`,
  api: `/${meta.id}`,
};
