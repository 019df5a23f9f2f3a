import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CityAppError } from '@city-app/core';
import { afterAll, describe, expect, it } from 'vitest';
import { townWith } from '../../test/town.js';
import { resolveModuleOptions } from './module-options.js';

// Inside the package, so the manifest file finds @city-app/core and zod as a module would.
const folder = mkdtempSync(
  join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '.build-test-'),
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const manifestFile = join(folder, 'kurse.mjs');
writeFileSync(
  manifestFile,
  `import { defineModule } from '@city-app/core';
import { z } from 'zod';
export default defineModule({
  id: 'kurse',
  title: { de: 'Kurse' },
  description: { de: 'Kurse' },
  field: 'education',
  messages: { de: {}, en: {} },
  personalData: [],
  configSchema: z.object({ perPage: z.number().int().min(1).default(10), title: z.string().default('Kurse') }),
});
`,
);

const packages = async (name: string) =>
  name === '@city-app/module-kurse' ? manifestFile : undefined;

describe('the options the browser gets', () => {
  it('are each module’s options with its defaults, and as written for a module without a package', async () => {
    const options = await resolveModuleOptions(
      townWith({ kurse: { perPage: 5 }, lokal: { farbe: 'blau', enabled: true } }),
      packages,
    );
    expect(options).toEqual({ kurse: { perPage: 5, title: 'Kurse' }, lokal: { farbe: 'blau' } });
  });

  it('are refused at build time with the field when the schema refuses them', async () => {
    const error = await resolveModuleOptions(townWith({ kurse: { perPage: 0 } }), packages).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CityAppError);
    expect((error as CityAppError).format()).toMatch(/modules\.kurse\.perPage/);
  });
});
