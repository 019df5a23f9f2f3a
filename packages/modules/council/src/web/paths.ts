import { meta } from '../meta.js';

/** Where the council screens and API live; from the module's plain-data meta. */
export const paths = {
  list: meta.path,
  meeting: (key: string) => `${meta.path}/${encodeURIComponent(key)}`,
  committees: `${meta.path}/gremien`,
  paper: (key: string) => `${meta.path}/vorlage/${encodeURIComponent(key)}`,
  api: `/${meta.id}`,
  /** A meeting as an iCalendar file, its own words in the page's language: a plain link. */
  meetingCalendar: (key: string, locale: string) =>
    `/api/${meta.id}/meetings/${encodeURIComponent(key)}/calendar.ics?lang=${locale}`,
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
