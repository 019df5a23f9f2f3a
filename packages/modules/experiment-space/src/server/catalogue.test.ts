import { testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, TEST_CONFIG } from '../../test/setup.js';
import type { BookingCreated, Catalogue, CourseSummary, DaySlots } from '../api.js';

const API = '/api/experiment-space';

describe.each(testDatabases())('the catalogue on %s', (database) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({
      database,
      config: {
        ...TEST_CONFIG,
        courses: [
          {
            id: 'einsteiger',
            title: { de: '3D-Druck für Einsteiger', en: '3D printing for beginners' },
            seats: 2,
            location: 'seminarraum',
            sessions: [
              { id: '1', start: '2026-12-03T16:00', end: '2026-12-03T18:00' },
              { id: '2', start: '2026-12-10T16:00', end: '2026-12-10T18:00' },
            ],
          },
          {
            id: 'vr-abend',
            title: { de: 'VR-Abend', en: 'VR evening' },
            seats: 3,
            remote: true,
            sessions: [
              { id: 'a', start: '2026-12-04T17:00', end: '2026-12-04T19:00' },
              { id: 'b', start: '2026-12-11T17:00', end: '2026-12-11T19:00' },
            ],
          },
        ],
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const register = (course: string, sessionId: string, email: string) =>
    h.json<BookingCreated>(
      h.server.request(`${API}/courses/${course}/registrations`, {
        method: 'POST',
        json: { sessionId, name: `Teilnehmerin ${email[0]}`, email, locale: 'de' },
      }),
      201,
    );

  /** A resident's answer, and how many SQL statements answering it took. */
  async function counted<T>(path: string): Promise<{ body: T; queries: number }> {
    const db = h.server.db;
    const query = db.query;
    let queries = 0;
    db.query = ((...args: Parameters<typeof query>) => {
      queries += 1;
      return query.apply(db, args);
    }) as typeof query;
    try {
      return { body: await h.json<T>(h.server.request(`${API}${path}`), 200), queries };
    } finally {
      db.query = query;
    }
  }
  const catalogue = () => counted<Catalogue>('');

  it('shows each session’s free seats and waiting people, as each course’s own page does', async () => {
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org'])
      await register('einsteiger', '1', email);
    await register('einsteiger', '2', 'd@example.org');
    for (const email of ['e@example.org', 'f@example.org', 'g@example.org', 'h@example.org'])
      await register('vr-abend', 'a', email);

    const { body } = await catalogue();
    const seats = (course: CourseSummary) =>
      course.sessions.map((s) => [s.id, s.seatsLeft, s.waiting]);
    expect(body.courses.map((c) => [c.id, seats(c)])).toEqual([
      [
        'einsteiger',
        [
          ['1', 0, 1],
          ['2', 1, 0],
        ],
      ],
      [
        'vr-abend',
        [
          ['a', 0, 1],
          ['b', 3, 0],
        ],
      ],
    ]);
    expect(body.courses[0]?.location).toEqual({
      id: 'seminarraum',
      name: { de: 'Digitaler Seminarraum', en: 'Digital seminar room' },
    });
    expect(body.courses[1]?.location).toBeNull();
    for (const course of body.courses) {
      expect(
        await h.json<CourseSummary>(h.server.request(`${API}/courses/${course.id}`), 200),
      ).toEqual(course);
    }
    expect(body.resources.map((r) => r.id)).toEqual(['drucker', 'vr', 'kamera', 'seminarraum']);
  });

  it('is read in a fixed number of statements, however many sessions the courses have', async () => {
    const before = await catalogue();
    for (const id of ['3', '4', '5']) {
      await h.json(
        h.server.request(`${API}/staff/courses/vr-abend/sessions`, {
          method: 'POST',
          headers: h.staff,
          json: { id, start: `2026-12-1${id}T17:00`, end: `2026-12-1${id}T19:00` },
        }),
        201,
      );
    }
    const after = await catalogue();
    expect(after.body.courses[1]?.sessions).toHaveLength(5);
    expect(after.queries).toBe(before.queries);
    expect(after.queries).toBe(1);
    // The courses alone (the home widget): the same courses, from the same one statement.
    const courses = await counted<CourseSummary[]>('/courses');
    expect(courses).toEqual({ body: after.body.courses, queries: 1 });
  });

  it('reads a listed resource’s free times of a day in one statement', async () => {
    const path = '/resources/kamera/slots?date=2026-12-02&duration=120';
    const first = await counted<DaySlots>(path);
    expect(first.body.slots.length).toBeGreaterThan(0);
    const again = await counted<DaySlots>(path);
    expect(again).toEqual({ body: first.body, queries: 1 });
    // The course's session holds the seminar room from 16:00 to 18:00: no free time meets it.
    const room = await counted<DaySlots>(
      '/resources/seminarraum/slots?date=2026-12-03&duration=60',
    );
    expect(room.body.slots.length).toBeGreaterThan(0);
    const meets = room.body.slots.filter(
      (s) => s.startLocal.slice(11) < '18:00' && s.endLocal.slice(11) > '16:00',
    );
    expect(meets).toEqual([]);
  });
});
