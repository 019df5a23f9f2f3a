import { meta } from '../../meta.js';

const admin = `/admin${meta.path}`;
const api = `/${meta.id}/admin`;

/** The staff screens under `/admin/abfall`, as `src/meta.ts` declares them. */
export const adminPaths = {
  overview: admin,
  import: `${admin}/import`,
  mappings: `${admin}/zuordnung`,
  sources: `${admin}/quellen`,
  locations: `${admin}/strassen`,
  location: (id: number) => `${admin}/strassen/${id}`,
  tour: (id: number) => `${admin}/touren/${id}`,
};

/** The staff's API, below `/api` (the client adds it). */
export const adminApi = {
  summary: `/${meta.id}`,
  locations: `${api}/locations`,
  location: (id: number) => `${api}/locations/${id}`,
  locationTour: (id: number, typeId: string) =>
    `${api}/locations/${id}/tours/${encodeURIComponent(typeId)}`,
  tours: `${api}/tours`,
  tour: (id: number) => `${api}/tours/${id}`,
  pickups: (tourId: number) => `${api}/tours/${tourId}/pickups`,
  pickup: (tourId: number, pickupId: number) => `${api}/tours/${tourId}/pickups/${pickupId}`,
  shift: (tourId: number) => `${api}/tours/${tourId}/shift`,
  import: `${api}/import`,
  mappings: `${api}/mappings`,
  mapping: (textKey: string) => `${api}/mappings/${encodeURIComponent(textKey)}`,
  sources: `${api}/sources`,
  source: (id: number) => `${api}/sources/${id}`,
  runSource: (id: number) => `${api}/sources/${id}/run`,
  endSamples: `${api}/samples/end`,
};
