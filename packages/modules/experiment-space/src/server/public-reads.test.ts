import { expectChanged, expectRevalidated, testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';

// What residents read is the same for everyone: a phone that has an answer asks with its ETag
// and gets a 304 while nothing changed; a booking or a registration changes the answer and its
// ETag at once.
const API = '/api/experiment-space';

describe.each(testDatabases())('residents’ reads of the experiment space on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ database });
  });
  afterAll(() => h?.close());

  /** The ETags of `paths` (each checked to answer 304 to its own), to compare after a change. */
  async function tagsOf(paths: readonly string[]): Promise<string[]> {
    const tags: string[] = [];
    for (const path of paths) tags.push(await expectRevalidated(h.server, `${API}${path}`));
    return tags;
  }
  async function expectAllChanged(paths: readonly string[], tags: readonly string[]) {
    for (const [i, path] of paths.entries())
      await expectChanged(h.server, `${API}${path}`, tags[i] as string);
  }

  it('answers the free times of a day with 304 until a booking takes one', async () => {
    const paths = ['/resources/kamera/slots?date=2026-12-04&duration=60'];
    const tags = await tagsOf(paths);
    const booked = await h.server.request(`${API}/bookings`, {
      method: 'POST',
      json: {
        resourceId: 'kamera',
        start: '2026-12-04T10:00',
        durationMinutes: 60,
        name: 'Anna Schröder',
        email: 'anna@example.org',
        locale: 'de',
      },
    });
    expect(booked.status).toBe(201);
    await expectAllChanged(paths, tags);
  });

  it('answers the courses (the home widget) and a course with 304 until a registration', async () => {
    const paths = ['/courses', '/courses/einsteiger'];
    const tags = await tagsOf(paths);
    const registered = await h.server.request(`${API}/courses/einsteiger/registrations`, {
      method: 'POST',
      json: { sessionId: '1', name: 'Berta Kühn', email: 'berta@example.org', locale: 'de' },
    });
    expect(registered.status).toBe(201);
    await expectAllChanged(paths, tags);
  });

  it('answers the resources and a resource with 304 until one changes', async () => {
    const paths = ['/resources', '/resources/kamera'];
    const tags = await tagsOf(paths);
    // As staff renaming it would: the booking core's row of the resource changes.
    await h.server.db.query(
      `UPDATE booking_resources SET name = jsonb_set(name, '{de}', '"360°-Kamera (neu)"')
        WHERE id = 'kamera'`,
    );
    await expectAllChanged(paths, tags);
  });

  it('gives a staff session the free times without validators', async () => {
    const res = await h.server.request(`${API}/resources/kamera/slots?date=2026-12-04`, {
      headers: h.staff,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeNull();
  });
});
