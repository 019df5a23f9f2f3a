import { randomUUID } from 'node:crypto';
import news from '@city-app/module-news/server';
import {
  type AuthorizationCaller,
  authorizationMatrix,
  createTestServer,
  TEST_CITY,
  type TestServer,
} from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T0, TEST_CONFIG } from '../../test/setup.js';
import { createExperimentSpaceServer, type ExperimentSpaceServerModule } from './index.js';

const API = '/api/experiment-space';

/** Books the camera for one person; their name, e-mail and private link are theirs alone. */
async function booking(server: TestServer, name: string, start: string, extra = {}) {
  const email = `${name.split(' ')[0]?.toLowerCase()}@example.org`;
  const res = await server.request(`${API}/bookings`, {
    json: {
      resourceId: 'kamera',
      start,
      durationMinutes: 60,
      name,
      email,
      ...extra,
    },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

/** A single-use proof as the data-access e-mail to `email` carries it. */
async function proofMailedTo(server: TestServer, email: string): Promise<string> {
  await server.request(`${API}/my-data/requests`, { json: { email } });
  const { rows } = await server.db.query<{ body: string }>(
    "SELECT body FROM experiment_space_mail WHERE kind = 'data_access' AND recipient = $1 ORDER BY id DESC LIMIT 1",
    [email],
  );
  const proof = /\/experimentierraum\/meine-daten#([A-Za-z0-9_-]+)/.exec(rows[0]?.body ?? '')?.[1];
  if (!proof) throw new Error(`No data-access e-mail to ${email}.`);
  return proof;
}

/**
 * Every resident kind and every staff role of HageNOW!'s modules: a private link, an
 * installation, an access from a mailed proof (with a second proof unspent), and staff.
 */
async function callers(server: TestServer): Promise<AuthorizationCaller[]> {
  const anna = await booking(server, 'Anna Schröder', '2026-12-02T10:00');
  const installation = randomUUID();
  await server.request(`/api/notify/installations/${installation}`, {
    method: 'PUT',
    json: { topics: [], areas: [] },
  });
  const bruno = await booking(server, 'Bruno Brandt', '2026-12-02T12:00', {
    installationId: installation,
  });
  const carla = await booking(server, 'Carla Conrad', '2026-12-02T14:00');
  const opened = await server.request(`${API}/my-data/access`, {
    json: { proof: await proofMailedTo(server, 'carla@example.org') },
  });
  const { access } = (await opened.json()) as { access: string };
  const proof = await proofMailedTo(server, 'carla@example.org');
  const staff = (name: string, roles: string[]): AuthorizationCaller => ({
    name,
    roles,
    headers: async () => (await server.loginAs(roles)).headers,
  });
  return [
    { name: 'anonymous' },
    {
      name: 'link',
      secrets: { 'private-link': anna },
      private: ['Anna Schröder', 'anna@example.org', anna],
    },
    {
      name: 'installation',
      secrets: { installation },
      private: ['Bruno Brandt', 'bruno@example.org', bruno, installation],
    },
    {
      name: 'my data',
      secrets: { access, proof },
      private: ['Carla Conrad', 'carla@example.org', carla, access],
    },
    staff('admin', ['admin']),
    staff('library', ['library']),
    staff('editor', ['editor']),
    staff('no role', []),
  ];
}

function matrixSuite(database: 'pglite' | 'postgres') {
  let server: TestServer;
  let space: ExperimentSpaceServerModule;

  beforeAll(async () => {
    space = createExperimentSpaceServer({ now: () => new Date(T0), scheduledJobs: false });
    server = await createTestServer({
      modules: [news, space],
      city: { ...TEST_CITY, modules: { news: {}, 'experiment-space': TEST_CONFIG } },
      database,
    });
  });
  afterAll(async () => {
    await space?.stop();
    await server?.close();
  });

  it('answers every route as each resident and staff role as the route declares', async () => {
    const matrix = await authorizationMatrix(server, {
      callers: await callers(server),
      examples: {
        id: ['kamera'],
        resourceId: ['kamera'],
        sessionId: ['1'],
        date: ['2026-12-03'],
        start: ['2026-12-03T09:00'],
        // Someone new, so that booking and asking for a link get past validation.
        name: ['Dora Dahl'],
        email: ['dora@example.org'],
      },
    });
    console.log(`Authorization matrix of HageNOW!’s modules on ${database}:\n${matrix.table()}`);
    expect(matrix.problems).toEqual([]);
    const cell = (route: string, caller: string) =>
      matrix.cells.find((c) => c.route === route && c.caller === caller)?.status;
    expect(cell(`GET ${API}/bookings/{token}`, 'link')).toBe(200);
    expect(cell(`GET ${API}/bookings/{token}`, 'library')).toBe(404);
    expect(cell(`GET ${API}/my-data`, 'my data')).toBe(200);
    expect(cell(`GET ${API}/my-data`, 'link')).toBe(401);
    expect(cell(`GET ${API}/staff/bookings`, 'library')).toBe(200);
    expect(cell(`GET ${API}/staff/bookings`, 'editor')).toBe(403);
    expect(cell(`GET ${API}/staff/bookings`, 'link')).toBe(401);
  }, 300_000);
}

describe('the authorization matrix of HageNOW!’s modules on PGlite', () => matrixSuite('pglite'));

// Runs with `with-postgres`; under CI a missing database fails instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'the authorization matrix of HageNOW!’s modules on PostgreSQL',
  () => matrixSuite('postgres'),
);
