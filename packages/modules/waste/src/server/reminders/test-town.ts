/**
 * A town for the tests of reminders and announced changes: the waste module on the real
 * kernel (PGlite, or PostgreSQL), its context captured for driving jobs with chosen due
 * times, the kernel's own scheduler kept still, and helpers that lay out streets and tours.
 */
import { randomUUID } from 'node:crypto';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import type { WasteConfig } from '../../config.js';
import waste from '../index.js';

export interface TestTown {
  server: TestServer;
  ctx: ModuleServerContext<WasteConfig>;
  /** A street; its id. */
  street(name: string): Promise<number>;
  /** A tour of `typeId` serving `locations`, with pickups on `dates`; its id. */
  tour(typeId: string, locations: number[], dates: string[]): Promise<number>;
  /**
   * A device signed up for notifications (with a push subscription when `subscription` is
   * given) that follows `locationId` with these reminders; its installation id.
   */
  resident(
    locationId: number,
    types: { typeId: string; evening?: string | null; morning?: string | null }[],
    options?: { language?: 'de' | 'en'; subscription?: unknown },
  ): Promise<string>;
  /** The dispatches the module wrote, oldest first. */
  dispatches(): Promise<Dispatch[]>;
  close(): Promise<void>;
}

export interface Dispatch {
  title: { de: string; en: string };
  body: { de: string; en: string };
  ids: string[];
  collapse_key: string;
  idempotency_key: string;
  send_at: Date;
  ttl: number;
  url: string;
}

export async function openTestTown(
  options: {
    database?: 'pglite' | 'postgres';
    env?: Record<string, string>;
    notifyWorker?: { ca: string; intervalMs: number };
  } = {},
): Promise<TestTown> {
  let captured: ModuleServerContext<WasteConfig> | undefined;
  const server = await createTestServer({
    modules: [
      {
        ...waste,
        start(ctx) {
          captured = ctx as ModuleServerContext<WasteConfig>;
          return undefined;
        },
      },
    ],
    city: { ...TEST_CITY, timezone: 'Europe/Berlin' },
    ...(options.database ? { database: options.database } : {}),
    env: { CITY_APP_NOTIFY_WORKER: options.notifyWorker ? 'on' : 'off', ...options.env },
    ...(options.notifyWorker ? { notifyWorker: options.notifyWorker } : {}),
    // The tests run the jobs themselves, with the due times they choose.
    scheduler: { now: () => new Date('2000-01-01T00:00:00Z'), checkEveryMs: 2 ** 30 },
  });
  if (!captured) throw new Error('the waste module was not started');
  const ctx = captured;
  return {
    server,
    ctx,
    async street(name) {
      const { rows } = await server.db.query<{ id: number }>(
        `INSERT INTO waste_locations (name, search_key) VALUES ($1, lower($1)) RETURNING id`,
        [name],
      );
      return (rows[0] as { id: number }).id;
    },
    async tour(typeId, locations, dates) {
      const { rows } = await server.db.query<{ id: number }>(
        `INSERT INTO waste_tours (type_id, name) VALUES ($1, $1 || ' ' || $2) RETURNING id`,
        [typeId, randomUUID().slice(0, 8)],
      );
      const id = (rows[0] as { id: number }).id;
      await server.db.query(
        `INSERT INTO waste_location_tours (location_id, type_id, tour_id)
         SELECT unnest($1::int[]), $2, $3`,
        [locations, typeId, id],
      );
      await server.db.query(
        'INSERT INTO waste_pickups (tour_id, date) SELECT $1, unnest($2::date[])',
        [id, dates],
      );
      return id;
    },
    async resident(locationId, types, extra = {}) {
      const id = randomUUID();
      const language = extra.language ?? 'de';
      const signedUp = await server.request(`/api/notify/installations/${id}`, {
        method: 'PUT',
        json: {
          language,
          topics: [],
          ...(extra.subscription ? { subscription: extra.subscription } : {}),
        },
      });
      if (signedUp.status !== 200) throw new Error(`notify said ${signedUp.status}`);
      const followed = await server.request(`/api/waste/follows/${id}`, {
        method: 'PUT',
        json: {
          locationId,
          language,
          types: types.map((t) => ({
            typeId: t.typeId,
            evening: t.evening === undefined ? '18:00' : t.evening,
            morning: t.morning ?? null,
          })),
        },
      });
      if (followed.status !== 200) throw new Error(`follows said ${followed.status}`);
      return id;
    },
    async dispatches() {
      const { rows } = await server.db.query<Dispatch>(
        `SELECT title, body, coalesce(installation_ids::text[], '{}') AS ids, collapse_key,
                idempotency_key, send_at, ttl, url
           FROM notify_dispatches ORDER BY id`,
      );
      return rows.map((r) => ({ ...r, ids: [...r.ids].sort(), send_at: new Date(r.send_at) }));
    },
    close: () => server.close(),
  };
}
