import { type CityServer, createCityServer, type Database, openDatabase } from '@city-app/server';
import {
  expectChanged,
  expectRevalidated,
  memoryLogger,
  TEST_CITY,
  testDatabases,
} from '@city-app/server/testing';
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

function list(request: (path: string) => Promise<Response>) {
  return request(`${API}${LIST}`);
}

describe.each(testDatabases())('the residents’ dates on %s', (database) => {
  let client: EventsClient;
  const request = (path: string, init?: RequestInit) => client.server.request(path, init);
  beforeAll(async () => {
    client = await startEventsClient({ database });
  });
  afterAll(() => client?.server.close());

  it('answers an unchanged list with 304 and a changed one with its new ETag', async () => {
    const etag = await expectRevalidated(client.server, `${API}${LIST}`);

    const created = await ok<StaffEvent>(
      client.staff('POST', '/events', concert('Herbstkonzert')),
      201,
    );
    const changed = await expectChanged(client.server, `${API}${LIST}`, etag);
    const page = (await changed.json()) as EventDatePage;
    expect(page.items.map((d) => d.eventId)).toContain(created.id);
    const next = changed.headers.get('ETag') as string;

    // Any write counts, whoever makes it: here one statement, as an import or a job makes.
    await client.server.db.query('UPDATE events_events SET title = $2 WHERE id = $1', [
      created.id,
      'Winterkonzert',
    ]);
    const renamed = (await (
      await expectChanged(client.server, `${API}${LIST}`, next)
    ).json()) as EventDatePage;
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
    const paths = ['', '/venues', `/events/${created.id}`].map((p) => `${API}${p}`);
    const tags: string[] = [];
    for (const path of paths) tags.push(await expectRevalidated(client.server, path));
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
    for (const [i, path] of paths.entries())
      await expectChanged(client.server, path, tags[i] as string);
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
      const etag = await expectRevalidated(other.app, `${API}${LIST}`);

      const created = await ok<StaffEvent>(
        client.staff('POST', '/events', concert('Neujahrskonzert')),
        201,
      );
      const after = await expectChanged(other.app, `${API}${LIST}`, etag);
      const page = (await after.json()) as EventDatePage;
      expect(page.items.map((d) => d.eventId)).toContain(created.id);

      // And back: a staff member working on the other process calls the event off, and the
      // list the first process kept follows at once.
      const mine = await expectRevalidated(client.server, `${API}${LIST}`);
      const { headers } = await client.server.loginAs(['events']);
      const cancelled = await other.app.request(`${API}/admin/events/${created.id}/cancel`, {
        method: 'POST',
        headers,
      });
      expect(cancelled.status).toBe(200);
      const now = await expectChanged(client.server, `${API}${LIST}`, mine);
      const shown = ((await now.json()) as EventDatePage).items.find(
        (d) => d.eventId === created.id,
      );
      expect(shown?.status).toBe('cancelled');
    });
  },
);
