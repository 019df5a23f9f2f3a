import { randomUUID } from 'node:crypto';
import { testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';
import type { BookingCreated } from '../api.js';

const API = '/api/experiment-space';

describe.each(testDatabases())('the experiment space in "Meine Termine" on %s', (database) => {
  let h: Harness;
  const device = randomUUID();
  const otherDevice = randomUUID();
  beforeAll(async () => {
    h = await startHarness({ database });
    for (const id of [device, otherDevice]) {
      const res = await h.server.request(`/api/notify/installations/${id}`, {
        method: 'PUT',
        json: { topics: [] },
      });
      expect(res.status).toBe(200);
    }
  });
  afterAll(() => h?.close());

  const dates = async (id: string) => {
    const res = await h.server.request(`/api/dates/installations/${id}?from=2026-12-01`);
    expect(res.status).toBe(200);
    return (await res.json()) as {
      entries: {
        id: string;
        title: { de: string };
        start: string;
        status: string;
        path: string;
        detail?: { de: string };
        location?: string;
        module: { id: string };
      }[];
      incomplete: string[];
    };
  };

  it('lists the bookings and course places this installation made, and no one else’s', async () => {
    const booked = (await (
      await h.server.request(`${API}/bookings`, {
        json: {
          resourceId: 'kamera',
          start: '2026-12-02T10:00',
          durationMinutes: 60,
          name: 'Anna Schröder',
          email: 'anna@example.org',
          installationId: device,
        },
      })
    ).json()) as BookingCreated;
    const course = await h.server.request(`${API}/courses/einsteiger/registrations`, {
      json: {
        sessionId: '1',
        name: 'Anna Schröder',
        email: 'anna@example.org',
        installationId: device,
      },
    });
    expect(course.status).toBe(201);
    // Booked without push on this device: not this installation's.
    const elsewhere = await h.server.request(`${API}/bookings`, {
      json: {
        resourceId: 'kamera',
        start: '2026-12-02T12:00',
        durationMinutes: 60,
        name: 'Ben Kurz',
        email: 'ben@example.org',
      },
    });
    expect(elsewhere.status).toBe(201);

    const mine = await dates(device);
    expect(mine.incomplete).toEqual([]);
    expect(mine.entries).toMatchObject([
      {
        module: { id: 'experiment-space' },
        start: '2026-12-02T09:00:00.000Z',
        status: 'confirmed',
        path: `/experimentierraum/buchung/${booked.token}`,
        detail: { de: 'Bestätigt' },
      },
      {
        title: { de: '3D-Druck für Einsteiger' },
        start: '2026-12-03T15:00:00.000Z',
        status: 'confirmed',
      },
    ]);
    expect(mine.entries[0]?.location).toMatch(/^Stadtbibliothek/);
    expect((await dates(otherDevice)).entries).toEqual([]);

    // Cancelled, it stays in the list as cancelled, so a calendar strikes it.
    const cancelled = await h.server.request(`${API}/bookings/${booked.token}`, {
      method: 'DELETE',
    });
    expect(cancelled.status).toBe(200);
    expect((await dates(device)).entries[0]).toMatchObject({
      status: 'cancelled',
      detail: { de: 'Storniert', en: 'Cancelled' },
    });
  });

  it('forgets a booking once it is anonymised', async () => {
    const before = (await dates(device)).entries.length;
    expect(before).toBeGreaterThan(0);
    h.clock.set('2027-06-01T08:00:00.000Z');
    await h.module.runJobs();
    expect((await dates(device)).entries).toEqual([]);
  });
});
