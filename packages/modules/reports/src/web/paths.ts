import { meta } from '../meta.js';

const api = `/api/${meta.id}`;
const one = (publicId: string) => `${api}/${encodeURIComponent(publicId)}`;

/** Where the reports module's resident screens and API live. */
export const paths = {
  api,
  screens: meta.path,
  report: `${meta.path}/melden`,
  detail: (publicId: string) => `${meta.path}/${encodeURIComponent(publicId)}`,
  categoriesApi: `${api}/categories`,
  nearbyApi: `${api}/nearby`,
  detailApi: one,
  /** What a device sent or follows. */
  deviceApi: (installationId: string) =>
    `${api}/installations/${encodeURIComponent(installationId)}`,
  followApi: (publicId: string, installationId: string) =>
    `${one(publicId)}/followers/${encodeURIComponent(installationId)}`,
};
