import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';

let h: Harness;
const API = '/api/experiment-space';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const booking = (over: Record<string, unknown>) => ({
  resourceId: 'kamera',
  start: '2026-12-03T10:00',
  durationMinutes: 60,
  name: 'Anna Schröder',
  email: 'anna@example.org',
  ...over,
});

async function refusal(res: Response | Promise<Response>) {
  const answer = await res;
  return { status: answer.status, ...((await answer.json()) as { code: string; field?: string }) };
}

async function bookings(): Promise<number> {
  const { rows } = await h.server.db.query<{ n: string | number }>(
    'SELECT count(*) AS n FROM experiment_space_bookings',
  );
  return Number(rows[0]?.n);
}

describe('input that names no real day or time, or holds control characters', () => {
  it.each([
    [
      'a day that does not exist (it used to be booked as 7 January)',
      { start: '2026-12-38T10:00' },
      'start',
    ],
    ['30 February', { start: '2026-02-30T10:00' }, 'start'],
    ['25:61', { start: '2026-12-03T25:61' }, 'start'],
    ['the year 9999', { start: '9999-12-03T10:00' }, 'start'],
    ['an instant on a day that does not exist', { start: '2026-11-31T10:00:00+01:00' }, 'start'],
    ['a NUL in the name', { name: 'Anna\u0000' }, 'name'],
    ['a NUL in the resource id', { resourceId: 'kam\u0000era' }, 'resourceId'],
    ['a bell in the note', { note: 'Bitte \u0007' }, 'note'],
    ['a duration beyond a day', { durationMinutes: 1e12 }, 'durationMinutes'],
  ])('refuses a booking with %s: 400 naming the field, nothing stored', async (_, over, field) => {
    const before = await bookings();
    const res = await refusal(
      h.server.request(`${API}/bookings`, { method: 'POST', json: booking(over) }),
    );
    expect(res).toMatchObject({ status: 400, code: 'validation_failed', field });
    expect(await bookings()).toBe(before);
  });

  it('books a valid local time on the day it names', async () => {
    const res = await h.server.request(`${API}/bookings`, { method: 'POST', json: booking({}) });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { booking: { startLocal: string } };
    expect(body.booking.startLocal).toBe('2026-12-03T10:00');
  });

  it('refuses impossible days in queries and paths, and times past 24:00 in opening hours', async () => {
    expect(
      await refusal(h.server.request(`${API}/resources/kamera/slots?date=2026-02-30`)),
    ).toMatchObject({ status: 400, field: 'date' });
    expect(
      await refusal(
        h.server.request(`${API}/staff/schedule?date=2026-13-01`, { headers: h.staff }),
      ),
    ).toMatchObject({ status: 400, field: 'date' });
    const closed = await refusal(
      h.server.request(`${API}/staff/resources/kamera/exceptions/2026-02-30`, {
        method: 'PUT',
        headers: h.staff,
        json: { closed: true },
      }),
    );
    expect(closed).toMatchObject({ status: 400, field: 'date' });
    const hours = await refusal(
      h.server.request(`${API}/staff/resources/kamera/exceptions/2026-12-24`, {
        method: 'PUT',
        headers: h.staff,
        json: { closed: false, intervals: [{ opens: '08:00', closes: '25:00' }] },
      }),
    );
    expect(hours).toMatchObject({ status: 400, field: 'intervals.0.closes' });
  });

  it('words the refusal in the language the request asks for', async () => {
    const english = await h.server.request(`${API}/bookings`, {
      method: 'POST',
      headers: { 'Accept-Language': 'en' },
      json: booking({ name: 'A' }),
    });
    expect(await english.json()).toMatchObject({
      field: 'name',
      message: 'Enter your name (at least 2 characters).',
    });
    const german = await h.server.request(`${API}/bookings`, {
      method: 'POST',
      json: booking({ name: 'A' }),
    });
    expect(await german.json()).toMatchObject({
      field: 'name',
      message: 'Bitte mindestens 2 Zeichen eingeben.',
    });
  });
});
