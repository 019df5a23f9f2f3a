import { randomUUID } from 'node:crypto';
import { createTestServer, probeRoutes, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import events from '../index.js';
import { day } from './events-testing.js';

// Every other route of the events module (the feeds' are probed in `calendar-probe.test.ts`)
// with generated input, valid-ish and hostile: none may answer 5xx, or a 4xx without its code
// (and, for validation, the field).
const FEEDS =
  /^(GET|POST|PATCH|DELETE) \/api\/events\/(calendar\.ics|feed\.rss|events\/\{id\}(\/dates\/\{date\})?\/calendar\.ics|admin\/sources)/;

let server: TestServer;
let eventId: string;
let venueId: string;
let installationId: string;
beforeAll(async () => {
  server = await createTestServer({ modules: [events] });
  const { headers } = await server.loginAs(['events']);
  const staff = async (path: string, json: unknown) =>
    (await (
      await server.request(`/api/events/admin${path}`, { method: 'POST', headers, json })
    ).json()) as {
      id: string;
    };
  venueId = (await staff('/venues', { name: 'Stadthalle', stepFree: true })).id;
  eventId = (
    await staff('/events', {
      title: 'Lauftreff',
      category: 'sport',
      venueId,
      startDate: day(3),
      startTime: '18:00',
      repeat: { frequency: 'daily', count: 3 },
    })
  ).id;
  installationId = randomUUID();
  await server.request(`/api/notify/installations/${installationId}`, {
    method: 'PUT',
    json: { language: 'de', topics: [] },
  });
});
afterAll(() => server?.close());

describe('the events module’s routes under generated requests', () => {
  it('answer with a 2xx, or a 4xx with a code and the field', async () => {
    const doc = (await (await server.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const all = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const findings = await probeRoutes(server, {
      callers: [
        { name: 'anonymous', headers: () => ({}) },
        { name: 'events staff', headers: async () => (await server.loginAs(['events'])).headers },
      ],
      examples: {
        id: [eventId, venueId],
        eventId: [eventId],
        installationId: [installationId],
        date: [day(3), day(4)],
        from: [day(0)],
        to: [day(30)],
        when: ['today', 'weekend'],
        category: ['sport', 'sport,kultur'],
        q: ['Lauf', '%_\\', 'ÄÖÜß'],
        after: ['bm9uc2Vuc2U'],
        lang: ['de', 'en'],
      },
      skip: all.filter((route) => FEEDS.test(route) || !route.includes('/api/events')),
    });
    expect(findings).toEqual([]);
  }, 120_000);
});
