// What the fake API of the component tests answers: Hagenow's categories, two venues, a
// weekly market with a cancelled and a moved date, and an organ concert with an imported rule.
import type { FeedSource } from '../../api/feed-source.js';
import type { StaffEvent, StaffEventList } from '../../api/staff-event.js';
import type { Venue } from '../../api/venue.js';
import { answer, fakeApi } from './testing.js';

export const MARKET_ID = '5b0e7a4e-3c1f-4e7a-9a51-1f4c2b7d9e01';
export const CONCERT_ID = '5b0e7a4e-3c1f-4e7a-9a51-1f4c2b7d9e02';

export const categories = [
  { id: 'markt', title: { de: 'Märkte', en: 'Markets' } },
  { id: 'kultur', title: { de: 'Kultur & Konzerte', en: 'Culture & concerts' } },
];

export const synagogue: Venue = {
  id: '0c7d7a40-6b1e-4f3f-8d0f-4c6a7f3a1b01',
  name: 'Alte Synagoge',
  street: 'Hagenstraße 48',
  postcode: '19230',
  locality: 'Hagenow',
  latitude: 53.4264,
  longitude: 11.1859,
  accessibility: { stepFree: true, accessibleToilet: false, hearingLoop: true, note: null },
  sample: false,
};

export const museum: Venue = {
  ...synagogue,
  id: '0c7d7a40-6b1e-4f3f-8d0f-4c6a7f3a1b02',
  name: 'Museum für Alltagskultur',
  street: 'Lange Straße 79',
  accessibility: { stepFree: false, accessibleToilet: false, hearingLoop: false, note: null },
  sample: true,
};

export const market: StaffEvent = {
  id: MARKET_ID,
  status: 'published',
  title: 'Wochenmarkt',
  titleEn: 'Weekly market',
  description: 'Obst, Gemüse und Blumen aus der Region.',
  descriptionEn: null,
  category: 'markt',
  venueId: null,
  place: 'Lindenplatz',
  organiserName: 'Stadt Hagenow',
  price: null,
  isFree: true,
  link: null,
  imageUrl: null,
  imageAlt: null,
  startDate: '2027-03-02',
  startTime: '08:00',
  endDate: null,
  endTime: '13:00',
  repeat: { frequency: 'weekly', interval: 1, weekdays: ['TU'], count: 10 },
  rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
  repeats: { de: 'Jeden Dienstag, 10-mal', en: 'Every Tuesday, 10 times' },
  cancelled: false,
  rejectionReason: null,
  sample: false,
  dates: [
    {
      originalDate: '2027-03-02',
      localDate: '2027-03-02',
      start: '2027-03-02T07:00:00.000Z',
      end: '2027-03-02T12:00:00.000Z',
      status: 'scheduled',
      note: null,
    },
    {
      originalDate: '2027-03-09',
      localDate: '2027-03-09',
      start: '2027-03-09T07:00:00.000Z',
      end: '2027-03-09T12:00:00.000Z',
      status: 'cancelled',
      note: 'Wegen Sturmwarnung',
    },
    {
      originalDate: '2027-03-16',
      localDate: '2027-03-17',
      start: '2027-03-17T08:00:00.000Z',
      end: '2027-03-17T12:00:00.000Z',
      status: 'moved',
      note: null,
    },
  ],
};

export const concert: StaffEvent = {
  ...market,
  id: CONCERT_ID,
  title: 'Orgelmusik am Samstag',
  titleEn: null,
  category: 'kultur',
  place: null,
  venueId: synagogue.id,
  isFree: false,
  price: '5 €',
  startDate: '2027-03-06',
  startTime: '17:00',
  endTime: null,
  repeat: null,
  rrule: 'FREQ=MONTHLY;BYDAY=1SA,3SA;COUNT=6',
  repeats: null,
  status: 'pending',
  sample: true,
  dates: [],
};

export const eventList: StaffEventList = {
  total: 120,
  items: [
    {
      id: MARKET_ID,
      title: 'Wochenmarkt',
      category: { id: 'markt', title: categories[0]?.title ?? { de: '' } },
      status: 'published',
      // An all-day date on 2 March in the town: the instant it starts is the evening before in UTC.
      nextDate: '2027-03-01T23:00:00.000Z',
      series: true,
      cancelled: false,
      place: 'Lindenplatz',
      sample: false,
      source: null,
    },
    {
      id: CONCERT_ID,
      title: 'Orgelmusik am Samstag',
      category: { id: 'kultur', title: categories[1]?.title ?? { de: '' } },
      status: 'pending',
      nextDate: null,
      series: false,
      cancelled: true,
      place: 'Alte Synagoge',
      sample: true,
      source: 'submission',
    },
  ],
};

type Routes = Parameters<typeof fakeApi>[0];

/** The town's staff API as the screens read it; `routes` adds or replaces answers. */
/** Two subscribed calendars: the town website's, healthy, and a club's that fails. */
export const feedSources: FeedSource[] = [
  {
    id: '7a1e0b52-0d44-4c1e-9a0b-3f1b2c3d4e01',
    name: 'Website der Stadt',
    url: 'https://www.hagenow.de/veranstaltungen.ics',
    module: null,
    defaultCategory: 'kultur',
    categoryMap: { Markt: 'markt' },
    active: true,
    lastCheckedAt: '2026-12-05T10:00:00.000Z',
    lastSuccessAt: '2026-12-05T10:00:00.000Z',
    lastError: null,
    lastResult: {
      dryRun: false,
      created: 3,
      changed: 1,
      unchanged: 10,
      removed: 0,
      keptPast: 0,
      skipped: [
        { item: 'Ohne Datum', reason: { de: 'Kein Beginn angegeben.', en: 'No start given.' } },
      ],
      notes: [],
    },
    failures: 0,
  },
  {
    id: '7a1e0b52-0d44-4c1e-9a0b-3f1b2c3d4e02',
    name: 'Sportverein',
    url: 'https://cloud.verein.example/remote.php/dav/public-calendars/abc?export',
    module: null,
    defaultCategory: 'sport',
    categoryMap: {},
    active: false,
    lastCheckedAt: '2026-12-05T11:00:00.000Z',
    lastSuccessAt: null,
    lastError: 'Der Kalender antwortete mit HTTP 503.',
    lastResult: null,
    failures: 3,
  },
];

export function townApi(routes: Routes = {}) {
  return fakeApi({
    'GET /api/events/categories': () => ({ items: categories }),
    'GET /api/events/venues': () => ({ items: [synagogue, museum] }),
    'GET /api/events/admin/events': () => eventList,
    'GET /api/events/admin/sources': () => ({ sources: feedSources, modules: [] }),
    [`GET /api/events/admin/events/${MARKET_ID}`]: () => market,
    [`GET /api/events/admin/events/${CONCERT_ID}`]: () => concert,
    'GET /api/events/admin/events/00000000-0000-4000-8000-000000000000': () =>
      answer(404, { code: 'not_found', message: 'Die Veranstaltung gibt es nicht.' }),
    'GET /api/events/admin/events/wochenmarkt': () =>
      answer(400, { code: 'validation_failed', message: 'Ungültige Angabe.', field: 'id' }),
    ...routes,
  });
}
