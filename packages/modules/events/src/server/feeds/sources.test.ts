import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail } from '../../api/event-detail.js';
import type { FeedImport } from '../../api/feed-import.js';
import type { FeedSource } from '../../api/feed-source.js';
import { type EventsConfig, eventsConfigSchema } from '../../config.js';
import { calendarFile, icsDay, vevent } from '../import/testing/calendar-file.js';
import events from '../index.js';
import { day, weekdayOf } from '../routes/events-testing.js';
import { fetchCalendar } from './fetch.js';
import { syncDueSources } from './sync.js';

// A club's calendar server, on this machine only; the test changes what it serves.
const files: Record<
  string,
  { body: string; etag?: string; redirect?: string; status?: number; delayMs?: number }
> = {};
const requests: string[] = [];
let http: Server;
let origin: string;
let server: TestServer;
let staff: Record<string, string>;
let ctx: ModuleServerContext<EventsConfig>;

beforeAll(async () => {
  http = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const file = files[path];
    if (!file) return res.writeHead(404).end('not here');
    if (file.redirect) return res.writeHead(302, { location: file.redirect }).end();
    if (file.etag && req.headers['if-none-match'] === file.etag) return res.writeHead(304).end();
    const send = () => {
      res.writeHead(file.status ?? 200, {
        'content-type': 'text/calendar; charset=utf-8',
        ...(file.etag ? { etag: file.etag } : {}),
      });
      res.end(file.body);
    };
    if (file.delayMs) setTimeout(send, file.delayMs);
    else send();
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const env = { CITY_APP_SOURCES_PRIVATE_ADDRESSES: 'allow' };
  // The club's server is on this machine: the town lets such addresses through.
  server = await createTestServer({ modules: [events], env });
  staff = (await server.loginAs(['events'])).headers;
  ctx = {
    city: { timezone: 'Europe/Berlin' },
    config: eventsConfigSchema.parse({ syncEvery: '6 hours' }),
    manifest: events.manifest,
    db: server.db,
    env,
    log: { info() {}, warn() {}, error() {} },
  } as unknown as ModuleServerContext<EventsConfig>;
});
afterAll(async () => {
  await server?.close();
  http?.closeAllConnections();
  await new Promise((done) => http?.close(done));
});

const api = (path: string, init: { method?: string; json?: unknown } = {}) =>
  server.request(`/api/events/admin/sources${path}`, { method: 'GET', headers: staff, ...init });
async function body<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  const json = await r.json();
  expect(r.status, JSON.stringify(json)).toBe(status);
  return json as T;
}
const idOf = async (uid: string) =>
  (
    await server.db.query<{ id: string }>('SELECT id FROM events_events WHERE source_uid = $1', [
      uid,
    ])
  ).rows[0]?.id;
const detail = async (uid: string) =>
  body<EventDetail>(server.request(`/api/events/events/${await idOf(uid)}`));

const training = (time = '180000', extra: string[] = []) =>
  vevent(
    'UID:training@sv.example',
    `DTSTART;TZID=Europe/Berlin:${icsDay(day(3))}T${time}`,
    'DURATION:PT1H30M',
    `RRULE:FREQ=WEEKLY;BYDAY=${weekdayOf(day(3))};COUNT=6`,
    'SUMMARY:Training der F-Jugend',
    'CATEGORIES:Fußball',
    ...extra,
  );
const party = vevent(
  'UID:feier@sv.example',
  `DTSTART;VALUE=DATE:${icsDay(day(12))}`,
  'SUMMARY:Vereinsfeier',
  'CATEGORIES:Feste & Brauchtum',
);
const cup = vevent(
  'UID:pokal@sv.example',
  `DTSTART:${icsDay(day(20))}T090000Z`,
  'SUMMARY:Pokalturnier',
  'CATEGORIES:Fußball',
);

describe('subscribed calendars', () => {
  let source: FeedSource;

  it('adds a source; a second one at the same address, or an unknown category, is refused', async () => {
    files['/sv.ics'] = { body: calendarFile(training(), party), etag: '"v1"' };
    source = await body<FeedSource>(
      api('', {
        method: 'POST',
        json: {
          name: 'SV Hagenow',
          url: `${origin}/sv.ics`,
          defaultCategory: 'sport',
          categoryMap: { Fußball: 'sport' },
        },
      }),
      201,
    );
    expect(source).toMatchObject({
      name: 'SV Hagenow',
      active: true,
      lastCheckedAt: null,
      failures: 0,
    });
    expect(
      await body(
        api('', { method: 'POST', json: { name: 'Noch einmal', url: `${origin}/sv.ics` } }),
        409,
      ),
    ).toMatchObject({ code: 'events_source_exists', field: 'url' });
    expect(
      await body(
        api('', {
          method: 'POST',
          json: { name: 'Anders', url: `${origin}/x.ics`, defaultCategory: 'fussball' },
        }),
        400,
      ),
    ).toMatchObject({ code: 'events_category_unknown', field: 'defaultCategory' });
    expect(
      await body(
        api('', { method: 'POST', json: { name: 'Kaputt', url: 'ftp://example.org/a.ics' } }),
        400,
      ),
    ).toMatchObject({
      code: 'validation_failed',
    });
  });

  it('shows a dry run, then syncs; the job leaves an unchanged calendar alone', async () => {
    const dry = await body<FeedImport>(
      api(`/${source.id}/sync`, { method: 'POST', json: { dryRun: true } }),
    );
    expect(dry).toMatchObject({ dryRun: true, created: 2, changed: 0, removed: 0 });
    expect(await idOf('training@sv.example')).toBeUndefined();

    const synced = await body<FeedImport>(api(`/${source.id}/sync`, { method: 'POST', json: {} }));
    expect(synced).toMatchObject({ dryRun: false, created: 2 });
    expect(await detail('training@sv.example')).toMatchObject({
      category: { id: 'sport' },
      title: { de: 'Training der F-Jugend' },
    });

    // Six hours later the job asks again; the server answers 304 (same ETag).
    requests.length = 0;
    const later = new Date(Date.now() + 6 * 3_600_000);
    expect(await syncDueSources(ctx, { dueAt: later })).toEqual({
      created: 0,
      changed: 0,
      unchanged: 0,
      skipped: [],
    });
    expect(requests).toEqual(['/sv.ics']);
    // An hour after that check, the source is not due yet.
    await syncDueSources(ctx, { dueAt: new Date(Date.now() + 3_600_000) });
    expect(requests).toEqual(['/sv.ics']);
  });

  it('follows the calendar as it changes: a date moved and one cancelled, one event added, one removed', async () => {
    const moved = day(10);
    files['/sv.ics'] = {
      body: calendarFile(
        training('180000', [`EXDATE;TZID=Europe/Berlin:${icsDay(day(17))}T180000`]),
        vevent(
          'UID:training@sv.example',
          `RECURRENCE-ID;TZID=Europe/Berlin:${icsDay(moved)}T180000`,
          `DTSTART;TZID=Europe/Berlin:${icsDay(moved)}T170000`,
          'DURATION:PT1H30M',
          'SUMMARY:Training der F-Jugend',
        ),
        cup,
      ),
      etag: '"v2"',
    };
    const result = await syncDueSources(ctx, { dueAt: new Date(Date.now() + 24 * 3_600_000) });
    expect(result).toEqual({ created: 1, changed: 2, unchanged: 0, skipped: [] });
    expect(await idOf('feier@sv.example')).toBeUndefined();
    const dates = (await detail('training@sv.example')).dates;
    expect(dates.find((d) => d.originalDate === day(17))?.status).toBe('cancelled');
    expect(dates.find((d) => d.originalDate === moved)).toMatchObject({
      status: 'moved',
      localDate: moved,
    });
    expect((await detail('pokal@sv.example')).category.id).toBe('sport');

    const [shown] = (await body<{ sources: FeedSource[] }>(api(''))).sources;
    expect(shown).toMatchObject({
      lastError: null,
      failures: 0,
      lastResult: { created: 1, changed: 1, removed: 1 },
    });
    expect(shown?.lastSuccessAt).not.toBeNull();
  });

  it('changes a source: a new mapping applies at the next sync, even to an unchanged calendar', async () => {
    const changed = await body<FeedSource>(
      api(`/${source.id}`, { method: 'PATCH', json: { categoryMap: { Fußball: 'familie' } } }),
    );
    expect(changed).toMatchObject({
      name: 'SV Hagenow',
      categoryMap: { Fußball: 'familie' },
      defaultCategory: 'sport',
    });
    const result = await syncDueSources(ctx, { dueAt: new Date(Date.now() + 24 * 3_600_000) });
    expect(result).toMatchObject({ created: 0, changed: 2 });
    expect((await detail('pokal@sv.example')).category.id).toBe('familie');
    expect(
      await body(
        api(`/${source.id}`, { method: 'PATCH', json: { categoryMap: { Fußball: 'fussball' } } }),
        400,
      ),
    ).toMatchObject({ code: 'events_category_unknown', field: 'categoryMap.Fußball' });
    // Paused, it is left out of the schedule.
    await body(api(`/${source.id}`, { method: 'PATCH', json: { active: false } }));
    requests.length = 0;
    await syncDueSources(ctx, { dueAt: new Date(Date.now() + 48 * 3_600_000) });
    expect(requests).toEqual([]);
    await body(api(`/${source.id}`, { method: 'PATCH', json: { active: true } }));
  });

  it('records a failure on the source and keeps the events; staff see why', async () => {
    files['/sv.ics'] = { body: 'Wartungsarbeiten', status: 503 };
    const res = await api(`/${source.id}/sync`, { method: 'POST', json: {} });
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ code: 'events_source_fetch_failed' });
    const [shown] = (await body<{ sources: FeedSource[] }>(api(''))).sources;
    expect(shown).toMatchObject({ failures: 1, lastError: expect.stringContaining('HTTP 503') });
    expect(await idOf('pokal@sv.example')).toBeDefined();
  });

  it('refuses a calendar that is suddenly empty and keeps the coming events', async () => {
    files['/sv.ics'] = { body: calendarFile() };
    const res = await api(`/${source.id}/sync`, { method: 'POST', json: {} });
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ code: 'events_feed_empty' });
    expect(await idOf('pokal@sv.example')).toBeDefined();
  });

  it('removes a source with its coming events', async () => {
    expect((await api(`/${source.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await idOf('pokal@sv.example')).toBeUndefined();
    expect(await idOf('training@sv.example')).toBeUndefined();
    expect((await api(`/${source.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('is for the events staff only', async () => {
    expect((await server.request('/api/events/admin/sources')).status).toBe(401);
  });
});

describe('fetching a calendar', () => {
  it('refuses internal addresses unless the town allows them, also behind a redirect', async () => {
    files['/a.ics'] = { body: calendarFile(party) };
    await expect(
      fetchCalendar(`${origin}/a.ics`, { allowPrivateAddresses: false }),
    ).rejects.toMatchObject({
      code: 'events_source_fetch_failed',
    });
    files['/hop.ics'] = { body: '', redirect: 'http://10.0.0.1/a.ics' };
    await expect(
      fetchCalendar(`${origin}/hop.ics`, { allowPrivateAddresses: false }),
    ).rejects.toMatchObject({
      code: 'events_source_fetch_failed',
    });
    expect(await fetchCalendar(`${origin}/a.ics`, { allowPrivateAddresses: true })).toMatchObject({
      changed: true,
    });
  });

  it('follows a redirect, and gives up on a server that does not answer in time', async () => {
    files['/moved.ics'] = { body: '', redirect: `${origin}/a.ics` };
    expect(
      await fetchCalendar(`${origin}/moved.ics`, { allowPrivateAddresses: true }),
    ).toMatchObject({
      changed: true,
      text: expect.stringContaining('UID:feier@sv.example'),
    });
    files['/slow.ics'] = { body: calendarFile(party), delayMs: 1000 };
    await expect(
      fetchCalendar(`${origin}/slow.ics`, { allowPrivateAddresses: true, timeoutMs: 100 }),
    ).rejects.toThrow(/no answer in time/);
  });

  it('refuses a calendar over the size limit', async () => {
    files['/big.ics'] = { body: 'X'.repeat(5 * 1024 * 1024 + 1) };
    await expect(
      fetchCalendar(`${origin}/big.ics`, { allowPrivateAddresses: true }),
    ).rejects.toMatchObject({
      code: 'events_ics_too_large',
    });
  });
});
