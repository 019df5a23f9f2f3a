import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T0, TEST_CONFIG } from '../../test/setup.js';
import type { BookingCreated } from '../api.js';
import { createExperimentSpaceServer, type ExperimentSpaceServerModule } from './index.js';

// The module on the real kernel: its `ctx.notify` writes into notify's outbox.
const API = '/api/experiment-space';
const DEVICE = '5f3c2e1a-7b6d-4c8e-9f0a-1b2c3d4e5f60';

let server: TestServer;
let module: ExperimentSpaceServerModule;

beforeAll(async () => {
  const now = new Date(T0);
  module = createExperimentSpaceServer({
    now: () => now,
    scheduledJobs: false,
    transport: { kind: 'folder', description: 'nowhere', send: async () => {}, close() {} },
  });
  server = await createTestServer({
    modules: [module],
    city: { ...TEST_CITY, modules: { 'experiment-space': TEST_CONFIG } },
    env: { CITY_APP_NOTIFY_WORKER: 'off' },
  });
  const res = await server.request(`/api/notify/installations/${DEVICE}`, {
    method: 'PUT',
    json: { language: 'de', topics: [] },
  });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  await module?.stop();
  await server?.close();
});

async function dispatches(): Promise<{ title: unknown; url: string; idempotency_key: string }[]> {
  const { rows } = await server.db.query<{ title: unknown; url: string; idempotency_key: string }>(
    'SELECT title, url, idempotency_key FROM notify_dispatches WHERE installation_id = $1 ORDER BY id',
    [DEVICE],
  );
  return rows;
}

const book = (start: string, name = 'Anna Schröder') =>
  server.request(`${API}/bookings`, {
    json: {
      resourceId: 'kamera',
      start,
      durationMinutes: 60,
      name,
      email: 'anna@example.org',
      installationId: DEVICE,
    },
  });

describe('push through the kernel’s notify', () => {
  it('queues a dispatch to the booker’s installation with the booking, and none when it fails', async () => {
    const created = (await (await book('2026-12-02T10:00')).json()) as BookingCreated;
    expect(created.booking.status).toBe('confirmed');
    const [dispatch, ...more] = await dispatches();
    expect(more).toEqual([]);
    expect(dispatch).toMatchObject({
      url: `/experimentierraum/buchung/${created.token}`,
      title: { de: 'Buchung bestätigt', en: 'Booking confirmed' },
    });
    expect(dispatch?.idempotency_key).toMatch(/^experiment-space:[0-9a-f-]{36}:confirmed:\d+$/);

    // The same slot again is refused: nothing is sent.
    expect((await book('2026-12-02T10:00')).status).toBe(409);
    // Refused at commit, after the dispatch was written: the dispatch goes with the booking.
    await server.db.query(`
      CREATE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = 'Fails At Commit' THEN RAISE EXCEPTION 'refused at commit'; END IF;
        RETURN NEW;
      END $$;
      CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON experiment_space_bookings
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_at_commit();
    `);
    expect((await book('2026-12-02T12:00', 'Fails At Commit')).status).toBe(500);
    expect(await dispatches()).toHaveLength(1);
    const { rows } = await server.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM booking_reservations WHERE resource_id = 'kamera'",
    );
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
