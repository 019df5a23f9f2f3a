import { meta } from '../meta.js';

/** Where the council screens and API live; from the module's plain-data meta. */
export const paths = {
  list: meta.path,
  meeting: (key: string) => `${meta.path}/${encodeURIComponent(key)}`,
  committees: `${meta.path}/gremien`,
  paper: (key: string) => `${meta.path}/vorlage/${encodeURIComponent(key)}`,
  api: `/${meta.id}`,
  committeesApi: `/${meta.id}/committees`,
  followedApi: (installationId: string) =>
    `/${meta.id}/installations/${encodeURIComponent(installationId)}/committees`,
  wordsApi: (installationId: string) =>
    `/${meta.id}/installations/${encodeURIComponent(installationId)}/words`,
  wordApi: (installationId: string, word: string) =>
    `/${meta.id}/installations/${encodeURIComponent(installationId)}/words/${encodeURIComponent(word)}`,
  followApi: (key: string, installationId: string) =>
    `/${meta.id}/committees/${encodeURIComponent(key)}/followers/${encodeURIComponent(installationId)}`,
};
