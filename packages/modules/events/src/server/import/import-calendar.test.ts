import type { ModuleServerContext } from '@city-app/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail } from '../../api/event-detail.js';
import type { Venue } from '../../api/venue.js';
import { type EventsConfig, eventsConfigSchema } from '../../config.js';
import events from '../index.js';
import {
  day,
  type EventsClient,
  ok,
  startEventsClient,
  weekdayOf,
} from '../routes/events-testing.js';
import { calendarFile, icsDay, vevent } from './testing/calendar-file.js';
import { sampleCalendar } from './testing/samples.js';

let client: EventsClient;
let ctx: ModuleServerContext<EventsConfig>;
const importer = () => events.importers?.ics as NonNullable<typeof events.importers>['ics'];
const run = (name: string, text: string, options: { dryRun?: boolean; category?: string } = {}) =>
  importer()?.run(
    {
      name,
      text,
      dryRun: options.dryRun ?? false,
      ...(options.category ? { options: { category: options.category } } : {}),
    },
    ctx,
  );
const idOf = async (uid: string) =>
  (
    await client.server.db.query<{ id: string }>(
      'SELECT id FROM events_events WHERE source_uid = $1',
      [uid],
    )
  ).rows[0]?.id;
const stamps = async (source: string) =>
  (
    await client.server.db.query<{ updated_at: Date }>(
      'SELECT updated_at FROM events_events WHERE source_id = $1 ORDER BY source_uid',
      [source],
    )
  ).rows.map((r) => new Date(r.updated_at).toISOString());

beforeAll(async () => {
  client = await startEventsClient();
  // What `city-app import` hands an importer: the town, the module's options, the database.
  ctx = {
    city: { timezone: 'Europe/Berlin' },
    config: eventsConfigSchema.parse({}),
    manifest: events.manifest,
    db: client.server.db,
    log: { info() {}, warn() {}, error() {} },
    requireRole: () => {
      throw new Error('importers do not serve requests');
    },
  } as unknown as ModuleServerContext<EventsConfig>;
});
afterAll(() => client?.server.close());

const rehearsal = (extra: string[] = []) =>
  vevent(
    'UID:chor-1@verein.example',
    `DTSTART;TZID=Europe/Berlin:${icsDay(day(7))}T190000`,
    `DTEND;TZID=Europe/Berlin:${icsDay(day(7))}T210000`,
    `RRULE:FREQ=WEEKLY;BYDAY=${weekdayOf(day(7))};COUNT=8`,
    'SUMMARY:Chorprobe',
    'CATEGORIES:Kultur',
    'LOCATION:Alte Synagoge, Hagenstraße 48',
    'ORGANIZER;CN=Chor Hagenow e.V.:mailto:vorstand@chor.example',
    'URL:https://chor.example/proben',
    ...extra,
  );
const fest = (summary = 'Stadtfest') =>
  vevent(
    'UID:fest@verein.example',
    `DTSTART;VALUE=DATE:${icsDay(day(20))}`,
    `DTEND;VALUE=DATE:${icsDay(day(23))}`,
    `SUMMARY:${summary}`,
    'CATEGORIES:Feste & Brauchtum',
  );

describe('city-app import events', () => {
  let venue: Venue;
  beforeAll(async () => {
    venue = await ok<Venue>(client.staff('POST', '/venues', { name: 'Alte Synagoge' }), 201);
  });

  it('plans in a dry run, imports, and finds a second import of the same file unchanged', async () => {
    const file = calendarFile(rehearsal(), fest());
    expect(await run('verein.ics', file, { dryRun: true })).toEqual({
      created: 2,
      changed: 0,
      unchanged: 0,
      skipped: [],
    });
    expect(await idOf('fest@verein.example')).toBeUndefined();

    expect(await run('verein.ics', file)).toMatchObject({ created: 2, changed: 0, unchanged: 0 });
    const before = await stamps('file:verein.ics');
    expect(await run('verein.ics', file)).toMatchObject({ created: 0, changed: 0, unchanged: 2 });
    expect(await stamps('file:verein.ics')).toEqual(before);

    const detail = await ok<EventDetail>(
      client.resident(`/events/${await idOf('chor-1@verein.example')}`),
    );
    expect(detail).toMatchObject({
      title: { de: 'Chorprobe' },
      category: { id: 'kultur' },
      venue: { id: venue.id },
      place: null,
      organiser: { name: 'Chor Hagenow e.V.' },
      link: 'https://chor.example/proben',
      allDay: false,
    });
    expect(detail.dates).toHaveLength(8);
    const festDetail = await ok<EventDetail>(
      client.resident(`/events/${await idOf('fest@verein.example')}`),
    );
    expect(festDetail).toMatchObject({ allDay: true, category: { id: 'feste' } });
    expect(festDetail.dates.map((d) => d.localDate)).toEqual([day(20)]);
  });

  it('follows a changed file: cancelled and moved dates, a changed title, a removed event', async () => {
    const second = day(14);
    const third = day(21);
    const file = calendarFile(
      rehearsal([`EXDATE;TZID=Europe/Berlin:${icsDay(second)}T190000`]),
      vevent(
        'UID:chor-1@verein.example',
        `RECURRENCE-ID;TZID=Europe/Berlin:${icsDay(third)}T190000`,
        `DTSTART;TZID=Europe/Berlin:${icsDay(day(22))}T180000`,
        `DTEND;TZID=Europe/Berlin:${icsDay(day(22))}T200000`,
        'SUMMARY:Chorprobe',
      ),
    );
    expect(await run('verein.ics', file)).toMatchObject({ created: 0, changed: 2, unchanged: 0 });
    expect(await idOf('fest@verein.example')).toBeUndefined();
    const detail = await ok<EventDetail>(
      client.resident(`/events/${await idOf('chor-1@verein.example')}`),
    );
    expect(detail.dates.find((d) => d.originalDate === second)?.status).toBe('cancelled');
    expect(detail.dates.find((d) => d.originalDate === third)).toMatchObject({
      status: 'moved',
      localDate: day(22),
    });
    expect(await run('verein.ics', file)).toMatchObject({ changed: 0, unchanged: 1 });
  });

  it('keeps an event that is over when the feed drops it; another file’s events are not touched', async () => {
    const past = vevent(
      'UID:vortrag@verein.example',
      `DTSTART;VALUE=DATE:${icsDay(day(-3))}`,
      'SUMMARY:Vortrag',
      'CATEGORIES:Bildung & Kurse',
    );
    await run('vortraege.ics', calendarFile(past, fest('Herbstfest')));
    const result = await run('vortraege.ics', calendarFile());
    // The coming festival is removed; the talk that took place stays.
    expect(result).toMatchObject({ changed: 1, unchanged: 0 });
    expect(await idOf('vortrag@verein.example')).toBeDefined();
    expect(await idOf('chor-1@verein.example')).toBeDefined();
  });

  it('maps CATEGORIES to the town’s; without a match it takes --category or leaves the event out', async () => {
    const club = vevent(
      'UID:turnier@sv.example',
      `DTSTART:${icsDay(day(9))}T090000Z`,
      'SUMMARY:Turnier',
      'CATEGORIES:Fußball',
    );
    const skipped = await run('sv.ics', calendarFile(club));
    expect(skipped).toMatchObject({ created: 0, skipped: [{ item: 'turnier@sv.example' }] });
    // In both languages: `city-app import` prints the town's.
    expect(skipped?.skipped[0]?.reason).toEqual({
      de: expect.stringMatching(/Fußball/),
      en: expect.stringMatching(/Fußball/),
    });
    expect(await run('sv.ics', calendarFile(club), { category: 'sport' })).toMatchObject({
      created: 1,
    });
    const detail = await ok<EventDetail>(
      client.resident(`/events/${await idOf('turnier@sv.example')}`),
    );
    expect(detail.category.id).toBe('sport');
    // 09:00 UTC in the town's summer or winter: 10:00 or 11:00 on its clocks.
    expect(new Date(detail.dates[0]?.start ?? '').toISOString()).toBe(`${day(9)}T09:00:00.000Z`);
    await expect(run('sv.ics', calendarFile(club), { category: 'fussball' })).rejects.toMatchObject(
      {
        code: 'events_category_unknown',
        field: 'category',
      },
    );
  });

  it('cuts texts over their length, refuses a file with too many events and writes nothing', async () => {
    const long = vevent(
      'UID:lang@verein.example',
      `DTSTART;VALUE=DATE:${icsDay(day(5))}`,
      `SUMMARY:${'Sehr '.repeat(60)}langer Titel`,
      'CATEGORIES:kultur',
    );
    expect(await run('lang.ics', calendarFile(long))).toMatchObject({ created: 1, skipped: [] });
    const detail = await ok<EventDetail>(
      client.resident(`/events/${await idOf('lang@verein.example')}`),
    );
    expect(detail.title.de).toHaveLength(160);
    expect(detail.title.de.endsWith('…')).toBe(true);

    const many = Array.from({ length: 5001 }, (_, i) =>
      vevent(
        `UID:n${i}@massen.example`,
        `DTSTART;VALUE=DATE:${icsDay(day(5))}`,
        'SUMMARY:Viel',
        'CATEGORIES:kultur',
      ),
    );
    await expect(run('massen.ics', calendarFile(...many))).rejects.toMatchObject({
      code: 'events_ics_too_many_events',
    });
    expect(await idOf('n0@massen.example')).toBeUndefined();
  });

  it('imports real files: Thunderbird’s series with its moved dates, Nextcloud’s holidays', async () => {
    expect(
      await run('issue-196.ics', sampleCalendar('ics-parser_issue-196.ics'), {
        category: 'kultur',
      }),
    ).toMatchObject({
      created: 1,
      skipped: [],
    });
    const { rows } = await client.server.db.query<{
      original_date: string;
      kind: string;
      moved_start_minute: number;
    }>(
      `SELECT to_char(original_date, 'YYYY-MM-DD') AS original_date, kind, moved_start_minute
         FROM events_exceptions WHERE event_id = $1 ORDER BY original_date`,
      [await idOf('529b1ea3-8de8-484d-b878-c20c7fb72bf5')],
    );
    expect(rows).toEqual([
      { original_date: '2019-11-09', kind: 'moved', moved_start_minute: 17 * 60 },
      { original_date: '2019-11-10', kind: 'moved', moved_start_minute: 18 * 60 },
    ]);
    expect(
      await run('ferien.ics', sampleCalendar('node-ical_sabredav-school-holidays.ics'), {
        category: 'familie',
      }),
    ).toMatchObject({ created: 1, skipped: [] });
  });
});
