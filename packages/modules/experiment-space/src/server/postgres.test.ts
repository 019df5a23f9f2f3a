import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';
import type { ApiError, BookingCreated, CourseSummary } from '../api.js';

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
    const answers = await Promise.all(
      (await Promise.all(attempts)).map(async (r) => ({ status: r.status, body: await r.text() })),
    );
    // The answers in full when they differ: the status alone does not say why.
    const counts = (status: number) => answers.filter((a) => a.status === status).length;
    expect({ won: counts(201), refused: counts(409) }, JSON.stringify(answers)).toEqual({
      won: 1,
      refused: 11,
    });
    const { rows } = await h.server.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM booking_reservations WHERE resource_id = 'kamera' AND status = 'confirmed'",
    );
    expect(Number(rows[0]?.n)).toBe(1);
    const { rows: stored } = await h.server.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM experiment_space_bookings WHERE resource_id = 'kamera'",
    );
    expect(Number(stored[0]?.n)).toBe(1);
    // The winner's confirmation was written with it; the others left no e-mail behind.
    const { rows: mail } = await h.server.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM experiment_space_mail m JOIN experiment_space_bookings b ON b.id = m.booking_id WHERE b.resource_id = 'kamera'",
    );
    expect(Number(mail[0]?.n)).toBe(1);
  });

  it('grants an education provider exactly its quota when its people book at once', async () => {
    // Volkshochschule: 3 hours per month in the seminar room; eight one-hour bookings at once,
    // each at its own time, by eight people of the provider.
    const attempts = Array.from({ length: 8 }, (_, i) =>
      h.server.request('/api/experiment-space/bookings', {
        method: 'POST',
        json: {
          resourceId: 'seminarraum',
          start: `2026-12-02T${String(8 + i).padStart(2, '0')}:00`,
          durationMinutes: 60,
          name: `Dozent ${i}`,
          email: `dozent${i}@vhs.example.org`,
          group: 'education_provider',
          organisation: i % 2 ? 'Volkshochschule' : 'volkshochschule',
        },
      }),
    );
    const responses = await Promise.all(attempts);
    const bodies = await Promise.all(
      responses.map(async (r) => ({ status: r.status, body: (await r.json()) as ApiError })),
    );
    expect(bodies.filter((b) => b.status === 201)).toHaveLength(3);
    const refused = bodies.filter((b) => b.status !== 201);
    expect(refused).toHaveLength(5);
    for (const r of refused) {
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ code: 'quota_exceeded', field: 'organisation' });
    }
    const { rows } = await h.server.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM booking_reservations WHERE resource_id = 'seminarraum' AND person_id LIKE 'dozent%' AND status = 'confirmed'",
    );
    expect(Number(rows[0]?.n)).toBe(3);
    const { rows: stored } = await h.server.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM experiment_space_bookings WHERE lower(organisation) = 'volkshochschule'",
    );
    expect(Number(stored[0]?.n)).toBe(3);
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

  describe('a resident’s data', () => {
    const API = '/api/experiment-space';
    const mailsTo = async (email: string) =>
      (
        await h.server.db.query<{ body: string }>(
          "SELECT body FROM experiment_space_mail WHERE kind = 'data_access' AND recipient = $1 ORDER BY id",
          [email],
        )
      ).rows.map((r) => /\/meine-daten#([A-Za-z0-9_-]+)/.exec(r.body)?.[1]);

    beforeAll(async () => {
      const booked = await h.server.request(`${API}/bookings`, {
        method: 'POST',
        json: {
          resourceId: 'kamera',
          start: '2026-12-09T10:00',
          durationMinutes: 60,
          name: 'Ida',
          email: 'ida@example.org',
        },
      });
      expect(booked.status).toBe(201);
    });

    it('sends at most three links an hour to one address, however many ask at once', async () => {
      const asked = await Promise.all(
        Array.from({ length: 8 }, () =>
          h.server.request(`${API}/my-data/requests`, {
            method: 'POST',
            json: { email: 'ida@example.org' },
          }),
        ),
      );
      expect(asked.map((r) => r.status)).toEqual(Array(8).fill(202));
      expect(await mailsTo('ida@example.org')).toHaveLength(3);
    });

    it('spends a proof once, when the link is opened in several tabs at once', async () => {
      const [proof] = await mailsTo('ida@example.org');
      const opened = await Promise.all(
        Array.from({ length: 6 }, () =>
          h.server.request(`${API}/my-data/access`, { method: 'POST', json: { proof } }),
        ),
      );
      const statuses = opened.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 401, 401, 401, 401, 401]);
    });
  });
});
