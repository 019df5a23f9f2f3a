import { fileURLToPath } from 'node:url';
import { unresolvedConflicts } from '@city-app/cli/conflicts';
import { enabledModuleIds } from '@city-app/core';
import { type CityServer, createCityServer } from '@city-app/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// An invalid config throws here, at import; test/config.test.ts names each of its problems.
import config from '../city.config';

const root = fileURLToPath(new URL('..', import.meta.url));

describe(`${config.branding.appName}: smoke test`, () => {
  let server: CityServer;

  beforeAll(async () => {
    // An in-memory database: the test leaves no data behind.
    server = await createCityServer(config, {
      root,
      env: { ...process.env, CITY_APP_DATA_DIR: 'memory://', DATABASE_URL: '' },
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('has no conflict markers left by city-app update', async () => {
    expect(await unresolvedConflicts(root)).toEqual([]);
  });

  it('answers /healthz', async () => {
    const response = await server.app.request('/healthz');
    expect(response.status).toBe(200);
  });

  it('tells the town at /api/town', async () => {
    const response = await server.app.request('/api/town');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { town: { name: string } };
    expect(body.town.name).toBe(config.town.name);
  });

  // Every module answers GET /api/<id> (part of the module contract).
  for (const id of enabledModuleIds(config)) {
    it(`serves the module "${id}"`, async () => {
      const response = await server.app.request(`/api/${id}`);
      expect(response.status).toBe(200);
    });
  }
});
