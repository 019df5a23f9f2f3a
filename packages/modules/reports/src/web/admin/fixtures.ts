// What the fake API of the component tests answers: Hagenow's categories and two departments,
// an open pothole report with a photo and a history, a street light merged into another
// report, figures, two response templates and two Open311 keys.
import type { ApiKey } from '../../api/open311-keys.js';
import type { StaffColleague } from '../../api/staff-colleagues.js';
import type { StaffDepartment } from '../../api/staff-departments.js';
import type {
  Figures,
  ResponseTemplate,
  StaffReportDetail,
  StaffReportPage,
} from '../../api/staff-report.js';
import type { CategoryChoice } from './parts/choices.js';
import { fakeApi } from './testing.js';

/** The moment the inbox counts ages to: 10 March 2027, noon in Hagenow. */
export const NOW = Date.parse('2027-03-10T11:00:00.000Z');
export const POTHOLE = '2027-00042';
export const LIGHT = '2027-00043';

export const categories: CategoryChoice[] = [
  { id: 'strasse', title: { de: 'Straßenschaden', en: 'Road damage' }, icon: 'road' },
  {
    id: 'beleuchtung',
    title: { de: 'Straßenbeleuchtung', en: 'Street lighting' },
    icon: 'street-light',
  },
];

export const departments: StaffDepartment[] = [
  { id: 'bauhof', name: 'Bauhof', categories: ['strasse', 'beleuchtung'] },
  { id: 'ordnungsamt', name: 'Ordnungsamt', categories: [] },
];

export const colleagues: StaffColleague[] = [
  { id: '6f1c2d3e-4a5b-4c6d-8e7f-901234567890', name: 'Jana Peters' },
  { id: '0a9b8c7d-6e5f-4a3b-9c2d-1e0f98765432', name: 'Tom Krüger' },
];

export const pothole: StaffReportDetail = {
  publicId: POTHOLE,
  category: 'strasse',
  status: 'confirmed',
  closingReason: null,
  location: { lat: 53.4312, lon: 11.1875 },
  address: 'Lange Straße 12',
  description: null,
  photo: null,
  mergedInto: null,
  reportedAt: '2027-03-01T08:30:00.000Z',
  updatedAt: '2027-03-02T09:00:00.000Z',
  department: 'bauhof',
  moderation: 'pending',
  originalDescription: 'Tiefes Schlagloch vor Hausnummer 12, Herr Müller ist schon gestürzt.',
  hasPhoto: true,
  photoPublic: false,
  assignee: null,
  reporterEmail: 'melderin@example.org',
  language: 'de',
  followers: 3,
  history: [
    {
      status: 'new',
      closingReason: null,
      publicNote: null,
      internalNote: null,
      by: null,
      at: '2027-03-01T08:30:00.000Z',
    },
    {
      status: 'confirmed',
      closingReason: null,
      publicNote: 'Wir sehen uns das an.',
      internalNote: 'Kolonne Nord fragen',
      by: 'Erika Mustermann',
      at: '2027-03-02T09:00:00.000Z',
    },
  ],
};

export const light: StaffReportDetail = {
  ...pothole,
  publicId: LIGHT,
  category: 'beleuchtung',
  status: 'closed',
  closingReason: 'duplicate',
  address: null,
  mergedInto: POTHOLE,
  moderation: 'public',
  hasPhoto: false,
  reporterEmail: null,
  originalDescription: null,
  reportedAt: '2027-03-10T07:00:00.000Z',
  assignee: { id: 'u1', name: 'Erika Mustermann' },
};

export const inboxPage: StaffReportPage = {
  items: [pothole, light].map(({ history: _history, ...report }) => report),
  page: 1,
  pageSize: 50,
  total: 120,
};

export const figures: Figures = {
  open: 17,
  byStatus: { new: 5, confirmed: 8, in_progress: 4, fixed: 30, closed: 6 },
  pendingModeration: 3,
  medianDaysToFixed: 4.5,
  fixedLastYear: 30,
};

export const templates: ResponseTemplate[] = [
  {
    id: '3d0e7a4e-3c1f-4e7a-9a51-1f4c2b7d9e01',
    title: 'Behoben',
    text: 'Der Schaden ist behoben. Danke für Ihre Meldung!',
    status: 'fixed',
    updatedAt: '2027-01-01T10:00:00.000Z',
  },
  {
    id: '3d0e7a4e-3c1f-4e7a-9a51-1f4c2b7d9e02',
    title: 'In Arbeit',
    text: 'Der Bauhof kümmert sich in den nächsten Tagen darum.',
    status: null,
    updatedAt: '2027-01-01T10:00:00.000Z',
  },
];

export const apiKeys: ApiKey[] = [
  {
    id: '9a1e0b52-0d44-4c1e-9a0b-3f1b2c3d4e01',
    name: 'Landkreis, Straßenmeisterei',
    hint: 'o311_k7Qx',
    createdBy: 'Erika Mustermann',
    createdAt: '2027-01-05T09:00:00.000Z',
    lastUsedAt: '2027-03-09T16:45:00.000Z',
    revokedAt: null,
  },
  {
    id: '9a1e0b52-0d44-4c1e-9a0b-3f1b2c3d4e02',
    name: 'Alte App',
    hint: 'o311_Zz01',
    createdBy: 'Erika Mustermann',
    createdAt: '2026-05-05T09:00:00.000Z',
    lastUsedAt: null,
    revokedAt: '2026-12-01T09:00:00.000Z',
  },
];

type Routes = Parameters<typeof fakeApi>[0];

/** The town's staff API as the screens read it; `routes` adds or replaces answers. */
export function townApi(routes: Routes = {}) {
  return fakeApi({
    'GET /api/reports/categories': () => ({ items: categories }),
    'GET /api/reports/admin/departments': () => ({ items: departments }),
    'GET /api/reports/admin/colleagues': () => ({ items: colleagues }),
    'GET /api/reports/admin/reports': () => inboxPage,
    'GET /api/reports/admin/figures': () => figures,
    [`GET /api/reports/admin/reports/${POTHOLE}`]: () => pothole,
    [`GET /api/reports/admin/reports/${LIGHT}`]: () => light,
    'GET /api/reports/admin/templates': () => ({ items: templates }),
    'GET /api/reports/admin/open311-keys': () => ({ items: apiKeys }),
    ...routes,
  });
}
