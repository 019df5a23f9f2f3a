import { testDatabases } from '@city-app/server/testing';
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

  async function read(path: string, etag?: string) {
    const res = await h.server.request(`${API}${path}`, {
      headers: etag ? { 'If-None-Match': etag } : {},
    });
    return { status: res.status, etag: res.headers.get('ETag'), res };
  }

  /** The first answer's ETag, after checking that asking with it again gets a 304. */
  async function validated(path: string): Promise<string> {
    const first = await read(path);
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(first.res.headers.get('Cache-Control')).toBe('public, no-cache');
    const again = await read(path, first.etag as string);
    expect(again.status).toBe(304);
    expect(await again.res.text()).toBe('');
    return first.etag as string;
  }

  it('answers the free times of a day with 304 until a booking takes one', async () => {
    const path = '/resources/kamera/slots?date=2026-12-04&duration=60';
    const etag = await validated(path);
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
    const after = await read(path, etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(etag);
  });

  it('answers the courses (the home widget) and a course with 304 until a registration', async () => {
    const list = await validated('/courses');
    const one = await validated('/courses/einsteiger');
    const registered = await h.server.request(`${API}/courses/einsteiger/registrations`, {
      method: 'POST',
      json: { sessionId: '1', name: 'Berta Kühn', email: 'berta@example.org', locale: 'de' },
    });
    expect(registered.status).toBe(201);
    for (const [path, etag] of [
      ['/courses', list],
      ['/courses/einsteiger', one],
    ] as const) {
      const after = await read(path, etag);
      expect(after.status).toBe(200);
      expect(after.etag).not.toBe(etag);
    }
  });

  it('answers the resources and a resource with 304 until one changes', async () => {
    const list = await validated('/resources');
    const one = await validated('/resources/kamera');
    // As staff renaming it would: the booking core's row of the resource changes.
    await h.server.db.query(
      `UPDATE booking_resources SET name = jsonb_set(name, '{de}', '"360°-Kamera (neu)"')
        WHERE id = 'kamera'`,
    );
    for (const [path, etag] of [
      ['/resources', list],
      ['/resources/kamera', one],
    ] as const) {
      const after = await read(path, etag);
      expect(after.status).toBe(200);
      expect(after.etag).not.toBe(etag);
    }
  });

  it('gives a staff session the free times without validators', async () => {
    const res = await h.server.request(`${API}/resources/kamera/slots?date=2026-12-04`, {
      headers: h.staff,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeNull();
  });
});
