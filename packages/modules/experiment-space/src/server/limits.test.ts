import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/setup.js';
import type { ApiError } from '../api.js';

let h: Harness;
const API = '/api/experiment-space';

beforeAll(async () => {
  h = await startHarness({
    env: {
      CITY_APP_TRUST_PROXY: '1',
      CITY_APP_LIMIT_BOOKINGS_PER_EMAIL_PER_DAY: '2',
      CITY_APP_LIMIT_BOOKINGS_PER_ADDRESS_PER_DAY: '3',
    },
  });
});
afterAll(async () => {
  await h?.close();
});

interface From {
  ip: string;
  key?: string;
  language?: string;
}

function headers({ ip, key, language = 'de' }: From): Record<string, string> {
  return {
    'x-forwarded-for': ip,
    'accept-language': language,
    ...(key ? { 'idempotency-key': key } : {}),
  };
}

function book(email: string, start: string, from: From) {
  return h.server.request(`${API}/bookings`, {
    method: 'POST',
    json: { resourceId: 'kamera', start, durationMinutes: 60, name: 'Anna', email, locale: 'de' },
    headers: headers(from),
  });
}

function register(email: string, from: From) {
  return h.server.request(`${API}/courses/einsteiger/registrations`, {
    method: 'POST',
    json: { sessionId: '1', name: 'Anna', email, locale: 'de' },
    headers: headers(from),
  });
}

async function refused(response: Promise<Response>): Promise<ApiError & { retryAfter: number }> {
  const res = await response;
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(23 * 3600);
  expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
  return { ...(await h.json<ApiError>(res, 429)), retryAfter };
}

describe('limits on bookings and course places', () => {
  it('counts bookings and course places together per e-mail, and retries with the same key once', async () => {
    const ip = '203.0.113.10';
    await h.json(book('viel@example.org', '2026-12-02T10:00', { ip, key: 'k-1' }), 201);
    await h.json(book('viel@example.org', '2026-12-02T10:00', { ip, key: 'k-1' }), 200);
    await h.json(book('Viel@Example.org', '2026-12-02T12:00', { ip, key: 'k-2' }), 201);
    // At the limit, a retry is still the same booking, not a new one.
    await h.json(book('viel@example.org', '2026-12-02T10:00', { ip, key: 'k-1' }), 200);

    const german = await refused(register('viel@example.org', { ip }));
    expect(german).toMatchObject({ code: 'limit_bookings_per_email', field: 'email' });
    expect(german.message).toMatch(
      /^Mit dieser E-Mail-Adresse wurden in den letzten 24 Stunden schon 2 Buchungen oder Kursplätze angelegt/,
    );
    const english = await refused(
      book('viel@example.org', '2026-12-02T14:00', { ip: '203.0.113.11', language: 'en' }),
    );
    expect(english.message).toMatch(
      /^This e-mail address already made 2 bookings or course registrations in the last 24 hours/,
    );
  });

  it('limits one address across e-mails, and does not count what was refused for other reasons', async () => {
    const ip = '203.0.113.20';
    // The slot is taken (409): nothing was booked, so nothing is counted.
    await h.json(book('erste@example.org', '2026-12-02T10:00', { ip }), 409);
    await h.json(book('erste@example.org', '2026-12-03T10:00', { ip }), 201);
    await h.json(register('zweite@example.org', { ip }), 201);
    await h.json(book('dritte@example.org', '2026-12-03T12:00', { ip }), 201);
    const error = await refused(book('vierte@example.org', '2026-12-03T14:00', { ip }));
    expect(error.code).toBe('limit_bookings_per_address');
    expect(error.field).toBeUndefined();
    expect(error.message).toMatch(/^Von Ihrer IP-Adresse wurden in den letzten 24 Stunden schon 3/);
    // Staff who book for a resident are no strangers: no limit.
    const staff = await h.server.request(`${API}/bookings`, {
      method: 'POST',
      json: {
        resourceId: 'kamera',
        start: '2026-12-03T16:00',
        durationMinutes: 60,
        name: 'Anna',
        email: 'vierte@example.org',
        locale: 'de',
      },
      headers: { ...h.staff, 'x-forwarded-for': ip },
    });
    expect(staff.status).toBe(201);
  });
});
