import type { PublicDate } from '@city-app/core';
import { PUBLIC_DATES_READER, publicDatesReader } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';

const API = '/api/experiment-space';
const READ = `/api/${PUBLIC_DATES_READER}/of/experiment-space?from=2026-12-01&to=2027-01-01`;

// The courses' sessions as another module (the town's events) reads them from the kernel.
describe('the experiment space’s courses as public dates', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ alongside: [publicDatesReader()] });
  });
  afterAll(() => h?.close());

  const read = () => h.json<PublicDate[]>(h.server.request(READ), 200);

  it('offers each session with the course’s page, the library as place, and no person’s data', async () => {
    const offered = await h.json<{ id: string }[]>(
      h.server.request(`/api/${PUBLIC_DATES_READER}/offered`),
      200,
    );
    expect(offered.map((m) => m.id)).toEqual(['experiment-space']);
    // A registration must not show in what everyone may read.
    await h.json(
      h.server.request(`${API}/courses/einsteiger/registrations`, {
        json: { sessionId: '1', name: 'Anna Schröder', email: 'anna@example.org' },
      }),
      201,
    );
    const dates = await read();
    expect(dates).toEqual([
      {
        id: 'kurs.einsteiger.1',
        title: { de: '3D-Druck für Einsteiger', en: '3D printing for beginners' },
        start: '2026-12-03T15:00:00.000Z',
        end: '2026-12-03T17:00:00.000Z',
        location: expect.stringMatching(/^Stadtbibliothek/),
        path: '/experimentierraum/kurse/einsteiger',
        status: 'confirmed',
        organiser: expect.stringMatching(/^Stadtbibliothek/),
        categories: ['Kurs', 'Course'],
      },
    ]);
    expect(JSON.stringify(dates)).not.toMatch(/Anna|anna@/);
  });

  it('follows a new session and a cancelled one at once', async () => {
    await h.json(
      h.server.request(`${API}/staff/courses/einsteiger/sessions`, {
        headers: h.staff,
        json: { id: '2', start: '2026-12-10T16:00', end: '2026-12-10T18:00' },
      }),
      201,
    );
    await h.json(
      h.server.request(`${API}/staff/courses/einsteiger/sessions/1`, {
        method: 'DELETE',
        headers: h.staff,
      }),
      200,
    );
    const dates = await read();
    expect(dates.map((d) => [d.id, d.status])).toEqual([
      ['kurs.einsteiger.1', 'cancelled'],
      ['kurs.einsteiger.2', 'confirmed'],
    ]);
  });
});
