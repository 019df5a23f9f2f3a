import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';
import type { BookingCreated, CourseSummary } from '../api.js';

// Runs with `with-postgres`; under CI a missing database fails instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)('on PostgreSQL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ database: 'postgres' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('gives one slot to exactly one of many residents booking it at once', async () => {
    const attempts = Array.from({ length: 12 }, (_, i) =>
      h.server.request('/api/experiment-space/bookings', {
        method: 'POST',
        json: {
          resourceId: 'kamera',
          start: '2026-12-02T10:00',
          durationMinutes: 60,
          name: `Person ${i}`,
          email: `person${i}@example.org`,
        },
      }),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
    const { rows } = await h.server.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM booking_reservations WHERE resource_id = 'kamera' AND status = 'confirmed'",
    );
    expect(Number(rows[0]?.n)).toBe(1);
    const { rows: stored } = await h.server.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM experiment_space_bookings WHERE resource_id = 'kamera'",
    );
    expect(Number(stored[0]?.n)).toBe(1);
  });

  it('never sells more course seats than there are; the rest wait', async () => {
    const attempts = Array.from({ length: 6 }, (_, i) =>
      h.server.request('/api/experiment-space/courses/einsteiger/registrations', {
        method: 'POST',
        json: { sessionId: '1', name: `Person ${i}`, email: `kurs${i}@example.org` },
      }),
    );
    const results = await Promise.all(
      attempts.map(async (r) => (await (await r).json()) as BookingCreated),
    );
    const statuses = results.map((r) => r.booking.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(4);
    const course = (await (
      await h.server.request('/api/experiment-space/courses/einsteiger')
    ).json()) as CourseSummary;
    expect(course.sessions[0]).toMatchObject({ seatsLeft: 0, waiting: 4 });
  });
});
