import news from '@city-app/module-news/server';
import {
  createTestServer,
  type ProbeCaller,
  probeRoutes,
  TEST_CITY,
  type TestServer,
} from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T0, TEST_CONFIG } from '../../test/setup.js';
import { createExperimentSpaceServer, type ExperimentSpaceServerModule } from './index.js';

// HageNOW!'s modules side by side: every route, generated input (valid-ish and hostile), as
// a resident and as each kind of staff. None may answer 5xx, or a 4xx without its code or field.
function probeSuite(database: 'pglite' | 'postgres') {
  let server: TestServer;
  let space: ExperimentSpaceServerModule;
  let token = '';

  beforeAll(async () => {
    space = createExperimentSpaceServer({ now: () => new Date(T0), scheduledJobs: false });
    server = await createTestServer({
      modules: [news, space],
      city: { ...TEST_CITY, modules: { news: {}, 'experiment-space': TEST_CONFIG } },
      database,
    });
    const booked = await server.request('/api/experiment-space/bookings', {
      method: 'POST',
      json: {
        resourceId: 'kamera',
        start: '2026-12-02T10:00',
        durationMinutes: 60,
        name: 'Anna Schröder',
        email: 'anna@example.org',
      },
    });
    token = ((await booked.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await space?.stop();
    await server?.close();
  });

  it('answers every generated request with a 2xx, or a 4xx with a code and the field', async () => {
    const staff = (roles: string[]): ProbeCaller => ({
      name: roles.join('+') || 'staff without roles',
      headers: async () => (await server.loginAs(roles)).headers,
    });
    const findings = await probeRoutes(server, {
      callers: [
        { name: 'anonymous', headers: () => ({}) },
        staff(['admin']),
        staff(['library']),
        staff(['editor']),
      ],
      examples: {
        id: ['kamera', 'drucker', 'vr', 'seminarraum', 'einsteiger'],
        resourceId: ['kamera', 'drucker', 'seminarraum'],
        sessionId: ['1'],
        token: [token],
        prerequisite: ['3d-printer-briefing'],
        category: ['Rathaus', 'Verkehr'],
        date: ['2026-12-02', '2026-12-03'],
        start: ['2026-12-02T11:00', '2026-12-03T09:00', '2026-12-03T09:00:00+01:00'],
      },
      runs: 10,
      timeLimitMs: 1500,
      // Logging out or changing one's password ends the probe's own session, nothing more.
      skip: ['POST /api/auth/logout'],
    });
    expect(findings).toEqual([]);
  }, 900_000);
}

describe('every route of HageNOW!’s modules on PGlite', () => probeSuite('pglite'));

// Runs with `with-postgres`; under CI a missing database fails instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'every route of HageNOW!’s modules on PostgreSQL',
  () => probeSuite('postgres'),
);
