import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCityServer } from '../create-city-server/index.js';
import { memoryLogger, TEST_CITY } from '../testing.js';

let project: string;

/** A town project with one module package installed through a node_modules symlink, as pnpm does. */
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'city-app-town-'));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'musterstadt-app', private: true, type: 'module' }),
  );
  const store = join(project, 'store', 'parking');
  mkdirSync(store, { recursive: true });
  writeFileSync(
    join(store, 'package.json'),
    JSON.stringify({
      name: '@musterstadt/module-parking',
      type: 'module',
      exports: { '.': './index.js', './server': './server.js' },
    }),
  );
  writeFileSync(join(store, 'index.js'), 'export default {};\n');
  writeFileSync(
    join(store, 'server.js'),
    `const manifest = {
  id: 'parking', title: { de: 'Parken', en: 'Parking' }, description: { de: 'Parkplätze', en: 'Car parks' },
  field: 'mobility', path: '/parking', topics: [], roles: [], messages: { de: {}, en: {} },
  configSchema: { safeParse: (v) => (typeof v.spaces === 'number' || v.spaces === undefined ? { success: true, data: { spaces: v.spaces ?? 10 } } : { success: false, error: { issues: [{ path: ['spaces'], message: 'Expected a number', code: 'custom' }] } }) },
};
export default {
  manifest,
  migrations: [{ id: '001', up: 'create table parking_lots (id text primary key)' }],
};
`,
  );
  mkdirSync(join(project, 'node_modules', '@musterstadt'), { recursive: true });
  symlinkSync(store, join(project, 'node_modules', '@musterstadt', 'module-parking'), 'dir');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const options = () => ({
  root: project,
  env: { CITY_APP_DATA_DIR: 'memory://' },
  log: memoryLogger(),
  webRoot: false as const,
});

describe('loading modules by package', () => {
  it('imports <package>/server of each enabled module from the town project', async () => {
    const server = await createCityServer(
      { ...TEST_CITY, modules: { parking: { package: '@musterstadt/module-parking' } } },
      options(),
    );
    try {
      expect(server.modules.map((m) => m.manifest.id)).toEqual(['parking']);
      expect(
        (await server.db.query("select id from city_app_migrations where module = 'parking'")).rows,
      ).toEqual([{ id: '001' }]);
      const town = await (await server.app.request('/api/town')).json();
      expect(town.modules.map((m: { id: string }) => m.id)).toEqual(['parking']);
    } finally {
      await server.close();
    }
  });

  it('says which package to install when a module is missing', async () => {
    const attempt = createCityServer({ ...TEST_CITY, modules: { news: {} } }, options());
    await expect(attempt).rejects.toMatchObject({
      code: 'module_not_installed',
      field: 'modules.news',
      message: expect.stringContaining('@city-app/module-news'),
      hint: expect.stringContaining('pnpm add @city-app/module-news'),
    });
  });

  it('skips disabled modules', async () => {
    const server = await createCityServer(
      { ...TEST_CITY, modules: { news: { enabled: false } } },
      options(),
    );
    expect(server.modules).toEqual([]);
    await server.close();
  });

  it("reports a module's bad options by their path", async () => {
    const attempt = createCityServer(
      {
        ...TEST_CITY,
        modules: { parking: { package: '@musterstadt/module-parking', spaces: 'viele' } },
      },
      options(),
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid_config',
      field: 'modules.parking.spaces',
    });
  });

  it('refuses a bad town config with the field named and no stack in the message', async () => {
    const attempt = createCityServer(
      { ...TEST_CITY, town: { name: 'X', state: 'DE-XX' as 'DE-MV' } },
      options(),
    );
    await expect(attempt).rejects.toMatchObject({
      name: 'CityAppError',
      code: 'invalid_config',
      field: 'town.state',
    });
  });
});
