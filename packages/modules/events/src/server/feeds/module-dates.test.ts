import { defineModule, localToInstant, type PublicDate, publicDateSchema } from '@city-app/core';
import { defineServerModule, type ModuleServerContext } from '@city-app/server';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EventDatePage } from '../../api/event-date.js';
import type { EventDetail } from '../../api/event-detail.js';
import type { FeedImport } from '../../api/feed-import.js';
import type { FeedSource } from '../../api/feed-source.js';
import { type EventsConfig, eventsConfigSchema } from '../../config.js';
import events from '../index.js';
import { day, ok, ZONE } from '../routes/events-testing.js';
import { syncDueSources } from './sync.js';

/** The library's course sessions as its module offers them; tests change them. */
let offered: Partial<PublicDate>[] = [];

const at = (date: string, time: string) => {
  const [h, m] = time.split(':').map(Number);
  return new Date(localToInstant(date, (h as number) * 60 + (m as number), ZONE)).toISOString();
};

const session = (id: string, date: string, over: Partial<PublicDate> = {}) => ({
  id,
  title: { de: `Kurs ${id}`, en: `Course ${id}` },
  description: { de: 'Für alle, die anfangen.', en: 'For beginners.' },
  start: at(date, '17:00'),
  end: at(date, '19:00'),
  location: 'Stadtbibliothek – Digitaler Knotenpunkt, Markt 2, 19999 Musterstadt',
  path: `/bibliothek/kurse/${id.split('.')[0]}`,
  status: 'confirmed' as const,
  organiser: 'Stadtbibliothek',
  categories: ['Kurs', 'Course'],
  ...over,
});

// Another module of the app offering its courses, as the experiment space does.
const library = defineServerModule({
  manifest: defineModule({
    id: 'bibliothek',
    title: { de: 'Bibliothek', en: 'Library' },
    description: { de: 'Kurse der Bibliothek' },
    field: 'education',
    personalData: [],
    configSchema: z.object({}),
    messages: { de: {}, en: {} },
  }),
  publicDates: { list: async () => offered as PublicDate[] },
});

describe('another module’s dates among the events', () => {
  let server: TestServer;
  let staff: Record<string, string>;
  let source: FeedSource;
  beforeAll(async () => {
    server = await createTestServer({
      modules: [library, events],
    });
    staff = (await server.loginAs(['events'])).headers;
  });
  afterAll(() => server?.close());

  const admin = (method: string, path: string, json?: unknown) =>
    server.request(`/api/events/admin/sources${path}`, {
      method,
      headers: staff,
      ...(json === undefined ? {} : { json }),
    });
  const courseDates = async () =>
    (
      await ok<EventDatePage>(server.request(`/api/events/dates?from=${day(0)}&to=${day(30)}`))
    ).items.filter((d) => d.title.de.startsWith('Kurs '));

  it('offers the parts of the app with public dates, and refuses what is none', async () => {
    const list = await ok<{ modules: { id: string }[] }>(admin('GET', ''));
    expect(list.modules.map((m) => m.id)).toEqual(['bibliothek']);
    const unknown = await ok<{ code: string; field: string }>(
      admin('POST', '', { name: 'Kurse', module: 'gibt-es-nicht' }),
      400,
    );
    expect(unknown).toMatchObject({ code: 'events_source_module_unknown', field: 'module' });
    const both = await ok<{ code: string }>(
      admin('POST', '', { name: 'Kurse', module: 'bibliothek', url: 'https://a.example/x.ics' }),
      400,
    );
    expect(both.code).toBe('events_source_kind');
    const neither = await ok<{ code: string; field: string }>(
      admin('POST', '', { name: 'Kurse' }),
      400,
    );
    expect(neither).toMatchObject({ code: 'events_source_kind', field: 'url' });
  });

  it('mirrors the courses: English texts, the course’s page as link, the library as place', async () => {
    offered = [session('a.1', day(3)), session('a.2', day(10)), session('b.1', day(5))];
    // The place is the venue whose whole name it begins with: "Stadt" is only part of a word.
    for (const name of ['Stadt', 'Stadtbibliothek']) {
      await ok(
        server.request('/api/events/admin/venues', {
          method: 'POST',
          headers: staff,
          json: { name },
        }),
        201,
      );
    }
    source = await ok<FeedSource>(
      admin('POST', '', {
        name: 'Kurse der Bibliothek',
        module: 'bibliothek',
        defaultCategory: 'bildung',
      }),
      201,
    );
    expect(source).toMatchObject({ url: null, module: 'bibliothek' });
    const again = await ok<{ code: string }>(
      admin('POST', '', { name: 'Noch einmal', module: 'bibliothek' }),
      409,
    );
    expect(again.code).toBe('events_source_module_exists');
    const done = await ok<FeedImport>(admin('POST', `/${source.id}/sync`, { dryRun: false }));
    expect(done).toMatchObject({ created: 3, changed: 0, removed: 0 });
    const dates = await courseDates();
    expect(dates.map((d) => [d.title.de, d.localDate, d.status])).toEqual([
      ['Kurs a.1', day(3), 'scheduled'],
      ['Kurs b.1', day(5), 'scheduled'],
      ['Kurs a.2', day(10), 'scheduled'],
    ]);
    const first = dates[0] as EventDatePage['items'][number];
    expect(first.category.id).toBe('bildung');
    const detail = await ok<EventDetail>(server.request(`/api/events/events/${first.eventId}`));
    expect(detail).toMatchObject({
      link: '/bibliothek/kurse/a',
      title: { de: 'Kurs a.1', en: 'Course a.1' },
    });
    expect(detail.venue?.name).toBe('Stadtbibliothek');
  });

  it('follows a moved, a cancelled and a removed session; nothing when nothing changed', async () => {
    offered = [session('a.1', day(4)), session('a.2', day(10), { status: 'cancelled' })];
    const done = await ok<FeedImport>(admin('POST', `/${source.id}/sync`, { dryRun: false }));
    expect(done).toMatchObject({ created: 0, changed: 2, removed: 1 });
    expect((await courseDates()).map((d) => [d.title.de, d.localDate, d.status])).toEqual([
      ['Kurs a.1', day(4), 'scheduled'],
      ['Kurs a.2', day(10), 'cancelled'],
    ]);
    // The job compares the module's dates on each run, with no wait for `syncEvery`.
    const ctx = {
      config: eventsConfigSchema.parse({ syncEvery: 'day' }),
      db: server.db,
      city: { timezone: ZONE },
      log: { info() {}, warn() {}, error() {} },
      // As the kernel hands them on: checked by the schema.
      publicDates: {
        offered: () => [],
        of: async () => offered.map((d) => publicDateSchema.parse(d)),
      },
    } as unknown as ModuleServerContext<EventsConfig>;
    const run = await syncDueSources(ctx, { dueAt: new Date() });
    expect(run).toMatchObject({ created: 0, changed: 0, unchanged: 0 });
    const rows = await server.db.query<{ last_checked_at: Date }>(
      'SELECT last_checked_at FROM events_sources WHERE id = $1',
      [source.id],
    );
    expect(Date.now() - new Date(rows.rows[0]?.last_checked_at as Date).getTime()).toBeLessThan(
      60_000,
    );
  });

  it('keeps the dates and says so when the part is switched off', async () => {
    await server.db.query("UPDATE events_sources SET module = 'abgeschaltet' WHERE id = $1", [
      source.id,
    ]);
    const failed = await ok<{ code: string }>(
      admin('POST', `/${source.id}/sync`, { dryRun: false }),
      502,
    );
    expect(failed.code).toBe('events_source_module_gone');
    const list = await ok<{ sources: FeedSource[] }>(admin('GET', ''));
    expect(list.sources[0]?.lastError).toMatch(/nicht mehr eingeschaltet/);
    expect((await courseDates()).length).toBe(2);
  });
});
