import { createTestServer, probeRoutes, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import events from '../index.js';
import { day } from './events-testing.js';

// The feeds' routes (calendars, RSS, sources) with generated input, valid-ish and hostile:
// none may answer 5xx, or a 4xx without its code (and, for validation, the field). The rest
// of the module's routes are probed with their own concepts.
const MINE =
  /^(GET|POST|PATCH|DELETE) \/api\/events\/(calendar\.ics|feed\.rss|events\/\{id\}(\/dates\/\{date\})?\/calendar\.ics|admin\/sources)/;
// "Sync now" fetches the source's address; its answers (502 when unreachable) are tested
// with a local server in `feeds/sources.test.ts`.
const SYNC = 'POST /api/events/admin/sources/{id}/sync';

let server: TestServer;
let eventId: string;
let sourceId: string;
beforeAll(async () => {
  server = await createTestServer({ modules: [events] });
  const { headers } = await server.loginAs(['events']);
  const staff = (path: string, json: unknown) =>
    server.request(`/api/events/admin${path}`, { method: 'POST', headers, json });
  const event = await staff('/events', {
    title: 'Lauftreff',
    category: 'sport',
    startDate: day(3),
    startTime: '18:00',
    repeat: { frequency: 'daily', count: 3 },
  });
  eventId = ((await event.json()) as { id: string }).id;
  const source = await staff('/sources', { name: 'SV', url: 'https://sv.example/kalender.ics' });
  sourceId = ((await source.json()) as { id: string }).id;
});
afterAll(() => server?.close());

describe('the feeds’ routes under generated requests', () => {
  it('answer with a 2xx, or a 4xx with a code and the field', async () => {
    const doc = (await (await server.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const all = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    // The four feeds out and the five routes of the sources.
    expect(all.filter((route) => MINE.test(route))).toHaveLength(9);
    const others = all.filter((route) => !MINE.test(route));
    const findings = await probeRoutes(server, {
      callers: [
        { name: 'anonymous', headers: () => ({}) },
        { name: 'events staff', headers: async () => (await server.loginAs(['events'])).headers },
      ],
      examples: {
        id: [eventId, sourceId],
        date: [day(3), day(4)],
        category: ['sport', 'sport,kultur'],
        lang: ['de', 'en'],
        defaultCategory: ['sport'],
      },
      skip: [...others, SYNC],
    });
    expect(findings).toEqual([]);
  });
});
