import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderProject, withBaseSnapshot } from './index.js';

// HageNOW! is committed as the templates render it from its recorded answers. When a
// template or its config changes, regenerate it (`pnpm regenerate:hagenow`) in the same commit.
const app = fileURLToPath(new URL('../../../apps/hagenow/', import.meta.url));

/** What is not part of the generated project: installs, builds, data, caches. */
const NOT_GENERATED = new Set(['node_modules', 'dist', '.data', '.turbo']);

function filesOnDisk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_GENERATED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesOnDisk(path) : [relative(app, path).split('\\').join('/')];
  });
}

describe('apps/hagenow', () => {
  const record = JSON.parse(readFileSync(join(app, '.city-app.json'), 'utf8'));
  // As create-city-app writes it: the project plus its base snapshot for `city-app update`.
  const tree = withBaseSnapshot(renderProject(record.answers));

  it('has exactly the files the templates produce', () => {
    expect(filesOnDisk(app).sort()).toEqual(tree.paths());
  });

  it('has each file byte for byte as the templates produce it', () => {
    const differing = tree
      .entries()
      .filter(([path, contents]) => readFileSync(join(app, path), 'utf8') !== contents)
      .map(([path]) => path);
    expect(differing, 'regenerate apps/hagenow from its .city-app.json').toEqual([]);
  });
});
