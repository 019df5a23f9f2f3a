import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import notices from '../fixtures/notices-module.js';
import { createTestServer, type TestServer } from '../testing.js';
import { objectFor } from './arbitraries.js';
import { brokenPromise, probeRoutes } from './probe.js';

describe('brokenPromise', () => {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('passes 2xx and 4xx with a code and message, the field named where validation refused', async () => {
    expect(await brokenPromise(json(200, { ok: true }))).toBeUndefined();
    expect(await brokenPromise(new Response('BEGIN:VCALENDAR', { status: 200 }))).toBeUndefined();
    expect(await brokenPromise(json(404, { code: 'not_found', message: 'x' }))).toBeUndefined();
    expect(
      await brokenPromise(json(400, { code: 'validation_failed', message: 'x', field: 'date' })),
    ).toBeUndefined();
  });

  it('finds a 5xx, a 4xx without JSON or code, and a validation error without its field', async () => {
    expect(await brokenPromise(json(500, { code: 'internal_error', message: 'x' }))).toMatch(/500/);
    expect(await brokenPromise(new Response('Bad Request', { status: 400 }))).toMatch(
      /without JSON/,
    );
    expect(await brokenPromise(json(400, { message: 'x' }))).toMatch(/stable code/);
    expect(await brokenPromise(json(400, { code: 'validation_failed', message: 'x' }))).toMatch(
      /naming the field/,
    );
  });
});

describe('objectFor', () => {
  it('always has the required properties and mostly values that fit', () => {
    const schema = {
      type: 'object',
      properties: {
        day: { type: 'string', format: 'date' },
        n: { type: 'integer', minimum: 1, maximum: 5 },
      },
      required: ['day'],
    };
    const samples = fc.sample(objectFor(schema), { numRuns: 200, seed: 1 });
    expect(samples.every((s) => 'day' in s)).toBe(true);
    const fitting = samples.filter(
      (s) => typeof s.day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.day),
    );
    expect(fitting.length).toBeGreaterThan(100);
  });
});

describe('probeRoutes on the kernel', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({ modules: [notices] });
  });
  afterAll(() => t?.close());

  it('finds a route that answers 500 (the probe can fail)', async () => {
    const broken: TestServer = {
      ...t,
      request: async (path, init) =>
        path.startsWith('/api/openapi.json')
          ? t.request(path, init)
          : path.startsWith('/api/notices')
            ? new Response('{"code":"internal_error","message":"x"}', { status: 500 })
            : t.request(path, init),
    };
    const findings = await probeRoutes(broken, {
      callers: [{ name: 'anonymous', headers: () => ({}) }],
      runs: 3,
      seed: 1,
    });
    expect(findings.map((f) => f.route)).toContain('GET /api/notices');
    expect(findings.every((f) => f.route.includes('/api/notices'))).toBe(true);
  });

  it('never answers 5xx, and every 4xx carries a code (and the field), anonymous or staff', async () => {
    const findings = await probeRoutes(t, {
      callers: [
        { name: 'anonymous', headers: () => ({}) },
        { name: 'admin', headers: async () => (await t.loginAs(['admin'])).headers },
        { name: 'clerk', headers: async () => (await t.loginAs(['clerk'])).headers },
      ],
      examples: { slug: ['willkommen'] },
      // Login hashes a password per request: keep the kernel's share of the suite short.
      runs: 15,
      timeLimitMs: 1500,
    });
    expect(findings).toEqual([]);
  }, 300_000);
});
