import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeEnvironment, envExample } from './deploy-files.js';
import { isSettingName, SETTINGS } from './settings.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

/** Source files (tests aside) of the packages whose code runs in the town's server. */
async function serverSources(): Promise<string[]> {
  const folders = ['packages/server/src', 'packages/notify/src', 'packages/booking/src'];
  for (const module of await readdir(join(repo, 'packages/modules'))) {
    folders.push(`packages/modules/${module}/src`);
  }
  const files: string[] = [];
  for (const folder of folders) {
    const entries = await readdir(join(repo, folder), { recursive: true, withFileTypes: true });
    for (const e of entries) {
      if (e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) {
        files.push(join(e.parentPath, e.name));
      }
    }
  }
  return files;
}

describe('the list of settings', () => {
  it('names every CITY_APP_* variable the server, its packages and the modules read', async () => {
    const unlisted: string[] = [];
    for (const file of await serverSources()) {
      const text = await readFile(file, 'utf8');
      for (const [name] of text.matchAll(/\bCITY_APP_[A-Z0-9_]*[A-Z0-9]\b/g)) {
        if (!isSettingName(name)) unlisted.push(`${name} in ${file.slice(repo.length)}`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  it('describes each setting in German and English, once', () => {
    const names = SETTINGS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of SETTINGS) {
      expect(s.description.de, s.name).toMatch(/\S/);
      expect(s.description.en, s.name).toMatch(/\S/);
    }
  });

  it("is what the town template's deploy/.env.example and compose.yaml carry", async () => {
    const example = await readFile(join(repo, 'templates/app/deploy/.env.example'), 'utf8');
    expect(example, 'run: pnpm --filter @city-app/server write:deploy').toBe(envExample());
    const compose = await readFile(join(repo, 'templates/app/deploy/compose.yaml.hbs'), 'utf8');
    expect(compose, 'run: pnpm --filter @city-app/server write:deploy').toContain(
      `    environment:\n${composeEnvironment()}\n    depends_on:`,
    );
  });
});
