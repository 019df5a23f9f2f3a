import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { KERNEL_ROLES } from '@city-app/server';
import {
  type AuthorizationCaller,
  authorizationMatrix,
  createTestServer,
  type TestServer,
} from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../city.config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Every route of this town's combination of modules, as a stranger, as a resident with an
// installation, and as staff with each role: each answers as the route declares.
describe(`${config.branding.appName}: who may call which route`, () => {
  let t: TestServer;

  beforeAll(async () => {
    // An in-memory database: the test leaves no data behind.
    t = await createTestServer({ city: config, root });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers every route as each caller as the route declares', async () => {
    const installation = randomUUID();
    const opted = await t.request(`/api/notify/installations/${installation}`, {
      method: 'PUT',
      json: { topics: [], areas: [] },
    });
    expect(opted.status).toBe(200);
    const roles = [
      ...KERNEL_ROLES,
      ...t.server.modules.flatMap((m) => (m.manifest.roles ?? []).map((r) => r.id)),
    ];
    const staff = roles.map(
      (role): AuthorizationCaller => ({
        name: role,
        roles: [role],
        headers: async () => (await t.loginAs([role])).headers,
      }),
    );
    const matrix = await authorizationMatrix(t, {
      callers: [
        { name: 'anonymous' },
        { name: 'installation', secrets: { installation }, private: [installation] },
        ...staff,
        {
          name: 'no role',
          roles: [],
          headers: async () => (await t.loginAs([])).headers,
        },
      ],
    });
    console.log(`Authorization matrix of ${config.branding.appName}:\n${matrix.table()}`);
    expect(matrix.problems).toEqual([]);
  }, 300_000); // one request per route and caller: a minute on a small machine, more on a busy one
});
