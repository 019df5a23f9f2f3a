// Answers of a small town's waste API for the staff screens' component tests.
import type { ImportPlan } from '../../api/import-plan.js';
import type { StaffLocation, TourDetail, TourList } from '../../api/staff.js';
import type { CalendarSummary } from '../../summary.js';
import type { Mapping } from './mappings.js';
import type { Source } from './source-health.js';
import { fakeApi } from './testing.js';

export const summary: CalendarSummary = {
  authority: 'Abfallwirtschaft Ludwigslust-Parchim',
  types: [
    {
      id: 'restabfall',
      name: { de: 'Restabfall', en: 'Residual waste' },
      colour: '#4d4d4d',
      icon: 'residual',
    },
    {
      id: 'papier',
      name: { de: 'Papier/Pappe', en: 'Paper and cardboard' },
      colour: '#1f5fa8',
      icon: 'paper',
    },
  ],
  sample: true,
  firstDate: '2027-01-05',
  lastDate: '2027-12-28',
  locations: 2,
};

export const street: StaffLocation = {
  id: 4,
  kind: 'street',
  name: 'Lange Straße',
  district: null,
  houseFrom: 1,
  houseTo: 19,
  parity: 'odd',
  tours: [{ typeId: 'papier', tourId: 8, tourName: 'Papier Montag' }],
};

export const tours: TourList = {
  tours: [
    {
      id: 7,
      typeId: 'restabfall',
      name: 'Rest Mittwoch',
      upcoming: 26,
      nextDate: '2027-01-06',
      locations: 1,
    },
    {
      id: 8,
      typeId: 'papier',
      name: 'Papier Montag',
      upcoming: 13,
      nextDate: '2027-01-04',
      locations: 1,
    },
  ],
};

export const tour: TourDetail = {
  id: 7,
  typeId: 'restabfall',
  name: 'Rest Mittwoch',
  pickups: [
    {
      id: 1,
      date: '2027-01-06',
      plannedDate: null,
      status: 'scheduled',
      reason: null,
      note: null,
      origin: 'seed',
    },
    {
      id: 2,
      date: '2027-01-21',
      plannedDate: '2027-01-20',
      status: 'cancelled',
      reason: 'weather',
      note: { de: 'Glätte', en: 'Ice' },
      origin: 'manual',
    },
  ],
  locations: [
    {
      id: 4,
      kind: 'street',
      name: 'Lange Straße',
      district: null,
      houseFrom: 1,
      houseTo: 19,
      parity: 'odd',
    },
  ],
};

export const mappings: { mappings: Mapping[] } = {
  mappings: [
    { textKey: 'graue tonne', label: 'Graue Tonne', typeId: 'restabfall' },
    { textKey: 'schadstoffmobil', label: 'Schadstoffmobil', typeId: null },
  ],
};

export const sources: { sources: Source[] } = {
  sources: [
    {
      id: 1,
      name: 'Lange Straße',
      format: 'sva',
      url: 'https://abfall.example/lange.ics',
      locationId: 4,
      active: true,
      lastCheckedAt: '2026-12-05T05:00:00Z',
      lastSuccessAt: '2026-12-04T05:00:00Z',
      lastError: 'Der Server antwortete mit 503.',
      failures: 2,
      lastSummary: null,
    },
    {
      id: 2,
      name: 'Granzin',
      format: 'ics',
      url: 'https://abfall.example/granzin.ics',
      locationId: null,
      active: false,
      lastCheckedAt: null,
      lastSuccessAt: null,
      lastError: null,
      failures: 0,
      lastSummary: null,
    },
  ],
};

export const emptyPlan: ImportPlan = {
  dryRun: true,
  format: 'ics',
  range: { from: null, to: null },
  locations: { added: 0, matched: 1 },
  pickups: { added: 0, removed: 0, moved: 0, cancelled: 0, unchanged: 3 },
  changes: [],
  unmapped: [],
  warnings: [],
};

/** The whole staff API of the town above, plus `more` routes (which win). */
export function townApi(more: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/waste': () => summary,
    'GET /api/waste/admin/locations': () => ({ total: 1, locations: [street] }),
    'GET /api/waste/admin/locations/4': () => street,
    'GET /api/waste/admin/tours': () => tours,
    'GET /api/waste/admin/tours/7': () => tour,
    'GET /api/waste/admin/mappings': () => mappings,
    'GET /api/waste/admin/sources': () => sources,
    ...more,
  });
}
