import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import notices from '../fixtures/notices-module.js';
import { createTestServer, type TestServer } from '../testing.js';
import { SECURITY_HEADERS } from './security.js';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ modules: [notices], env: { CITY_APP_MAX_BODY_BYTES: '2048' } });
});
afterAll(() => t.close());

describe('security headers', () => {
  it('are on every response, errors included', async () => {
    for (const path of ['/healthz', '/api/town', '/api/missing', '/api/notices/boom/crash']) {
      const res = await t.request(path);
      expect(res.headers.get('content-security-policy'), path).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      );
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    }
    const res = await t.request('/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    // The app's own page may locate the device (a defect's place); no other origin may.
    expect(res.headers.get('permissions-policy')).toContain('geolocation=(self)');
    expect(res.headers.get('permissions-policy')).not.toContain('geolocation=()');
  });
});

describe('errors as JSON', () => {
  it('answers unknown /api routes with 404 not_found', async () => {
    const res = await t.request('/api/nothing/here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });

  it('turns unexpected errors into 500 internal_error without details, and logs them', async () => {
    const res = await t.request('/api/notices/boom/crash');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.code).toBe('internal_error');
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(JSON.stringify(body)).not.toContain('at ');
    const logged = t.log.lines.find((l) => l.level === 'error');
    expect(logged?.details?.error).toContain('hunter2');
  });

  it('passes a CityAppError through with its status', async () => {
    const res = await t.request('/api/notices/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      code: 'not_found',
      title: 'Nicht gefunden',
      message: 'Der Aushang „nope“ wurde nicht gefunden.',
    });
  });

  it('answers malformed JSON with 400 invalid_json and writes nothing', async () => {
    const before = await t.db.query('select count(*)::int as n from feedback');
    const res = await t.request('/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"message": "Hallo',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'invalid_json',
      field: 'body',
      message: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
    });
    const english = await t.request('/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: '',
    });
    expect(await english.json()).toMatchObject({ message: 'The request body is empty.' });
    expect((await t.db.query('select count(*)::int as n from feedback')).rows).toEqual(before.rows);
  });

  it('refuses bodies above the limit with 413 payload_too_large', async () => {
    const res = await t.request('/api/feedback', { json: { message: 'x'.repeat(3000) } });
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('payload_too_large');
    const { rows } = await t.db.query(
      'select count(*)::int as n from feedback where length(message) = 3000',
    );
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('applies the 1 MiB default limit', async () => {
    const big = await createTestServer();
    try {
      const res = await big.request('/api/feedback', {
        json: { message: 'x'.repeat(1024 * 1024) },
      });
      expect(res.status).toBe(413);
      const fits = await big.request('/api/feedback', { json: { message: 'x'.repeat(4000) } });
      expect(fits.status).toBe(201);
    } finally {
      await big.close();
    }
  });
});
