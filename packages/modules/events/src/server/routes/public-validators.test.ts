import { type CityServer, createCityServer, type Database, openDatabase } from '@city-app/server';
import { memoryLogger, TEST_CITY, testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDatePage } from '../../api/event-date.js';
import type { StaffEvent } from '../../api/staff-event.js';
import events from '../index.js';
import { API, day, type EventsClient, ok, startEventsClient } from './events-testing.js';

// A resident's list is kept by the server that built it until the events' data changes, and
// a phone that has it gets a 304. Each change of what the list shows must show at once, also
// when another process made it.

const concert = (title: string) => ({
  title,
  description: 'Kammermusik im Saal.',
  category: 'kultur',
  place: 'Stadthalle',
  isFree: false,
  startDate: day(3),
  startTime: '19:00',
  endTime: '21:00',
});

const LIST = `/dates?when=upcoming`;

async function list(
  request: (path: string, init?: RequestInit) => Promise<Response> | Response,
  etag?: string,
) {
  return request(`${API}${LIST}`, {
    headers: { 'Accept-Language': 'de', ...(etag ? { 'If-None-Match': etag } : {}) },
  });
}

describe.each(testDatabases())('the residents’ dates on %s', (database) => {
  let client: EventsClient;
  const request = (path: string, init?: RequestInit) => client.server.request(path, init);
  beforeAll(async () => {
    client = await startEventsClient({ database });
  });
  afterAll(() => client?.server.close());

  it('answers an unchanged list with 304 and a changed one with its new ETag', async () => {
    const first = await list(request);
    const etag = first.headers.get('ETag') as string;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, no-cache');

    const again = await list(request, etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const created = await ok<StaffEvent>(
      client.staff('POST', '/events', concert('Herbstkonzert')),
      201,
    );
    const changed = await list(request, etag);
    expect(changed.status).toBe(200);
    const page = (await changed.json()) as EventDatePage;
    expect(page.items.map((d) => d.eventId)).toContain(created.id);
    const next = changed.headers.get('ETag') as string;
    expect(next).not.toBe(etag);

    // Any write counts, whoever makes it: here one statement, as an import or a job makes.
    await client.server.db.query('UPDATE events_events SET title = $2 WHERE id = $1', [
      created.id,
      'Winterkonzert',
    ]);
    const renamed = (await (await list(request, next)).json()) as EventDatePage;
    expect(renamed.items.find((d) => d.eventId === created.id)?.title.de).toBe('Winterkonzert');
  });

  it('keeps the same text for the same list, and sends a kept list with its ETag unhashed', async () => {
    const a = await list(request);
    const b = await list(request);
    expect(await b.text()).toBe(await a.text());
    expect(b.headers.get('ETag')).toBe(a.headers.get('ETag'));
    // The home widget's shorter page is kept apart from the list.
    await ok(client.staff('POST', '/events', concert('Adventskonzert')), 201);
    const full = await list(request);
    const widget = await request(`${API}/dates?when=upcoming&limit=1`);
    expect(((await widget.clone().json()) as EventDatePage).items).toHaveLength(1);
    expect(((await full.json()) as EventDatePage).items.length).toBeGreaterThan(1);
    expect(widget.headers.get('ETag')).not.toBe(full.headers.get('ETag'));
  });

  it('validates the overview, the venues and an event’s page, which a write changes', async () => {
    const created = await ok<StaffEvent>(
      client.staff('POST', '/events', concert('Orgelkonzert')),
      201,
    );
    const paths = ['', '/venues', `/events/${created.id}`];
    const tags = [];
    for (const path of paths) {
      const first = await request(`${API}${path}`);
      const etag = first.headers.get('ETag') as string;
      expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
      const again = await request(`${API}${path}`, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      tags.push(etag);
    }
    // A new venue shows in the list of venues, a cancellation on the page and the overview.
    await ok(
      client.staff('POST', '/venues', {
        name: 'Bürgerhaus',
        street: 'Lange Straße 1',
        postcode: '19230',
        locality: 'Hagenow',
        stepFree: true,
      }),
      201,
    );
    await ok(client.staff('POST', `/events/${created.id}/cancel`));
    for (const [i, path] of paths.entries()) {
      const after = await request(`${API}${path}`, {
        headers: { 'If-None-Match': tags[i] as string },
      });
      expect(after.status, path).toBe(200);
    }
  });

  it('gives a staff session the list without validators', async () => {
    const { headers } = await client.server.loginAs(['events']);
    const res = await request(`${API}${LIST}`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeNull();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'the residents’ dates with two processes on one PostgreSQL',
  () => {
    let client: EventsClient;
    let other: CityServer;
    let otherDb: Database;
    beforeAll(async () => {
      client = await startEventsClient({ database: 'postgres' });
      const { rows } = await client.server.db.query<{ db: string }>(
        'select current_database() as db',
      );
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.pathname = `/${rows[0]?.db}`;
      otherDb = await openDatabase({ url: url.toString(), dataDir: 'memory://' });
      other = await createCityServer(
        { ...TEST_CITY, modules: { events: {} } },
        {
          modules: [events],
          database: otherDb,
          env: { CITY_APP_NOTIFY_WORKER: 'off' },
          log: memoryLogger(),
          webRoot: false,
        },
      );
    });
    afterAll(async () => {
      await other?.close();
      await otherDb?.close();
      await client?.server.close();
    });

    it('shows a write of one process in the list the other process kept, at once', async () => {
      const inOther = (path: string, init?: RequestInit) => other.app.request(path, init);
      const before = await list(inOther);
      const etag = before.headers.get('ETag') as string;
      expect((await list(inOther, etag)).status).toBe(304);

      const created = await ok<StaffEvent>(
        client.staff('POST', '/events', concert('Neujahrskonzert')),
        201,
      );
      const after = await list(inOther, etag);
      expect(after.status).toBe(200);
      const page = (await after.json()) as EventDatePage;
      expect(page.items.map((d) => d.eventId)).toContain(created.id);

      // And back: a staff member working on the other process calls the event off, and the
      // list the first process kept follows at once.
      const mine = await list((p, i) => client.server.request(p, i));
      const { headers } = await client.server.loginAs(['events']);
      const cancelled = await other.app.request(`${API}/admin/events/${created.id}/cancel`, {
        method: 'POST',
        headers,
      });
      expect(cancelled.status).toBe(200);
      const now = await list(
        (p, i) => client.server.request(p, i),
        mine.headers.get('ETag') as string,
      );
      expect(now.status).toBe(200);
      const shown = ((await now.json()) as EventDatePage).items.find(
        (d) => d.eventId === created.id,
      );
      expect(shown?.status).toBe('cancelled');
    });
  },
);
