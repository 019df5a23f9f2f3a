#!/usr/bin/env node
/**
 * Regenerates apps/hagenow from the templates: the town config from
 * src/fixtures/hagenow.city.json, every other answer (the creation date among them) from
 * the project's own .city-app.json, so only what the templates or the config changed moves.
 * Writes the project and its base snapshot and removes generated files the templates no
 * longer produce. Run after building create-city-app (`pnpm regenerate:hagenow` does both).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderProject, withBaseSnapshot } from '../dist/index.js';

const app = fileURLToPath(new URL('../../../apps/hagenow/', import.meta.url));
const fixture = fileURLToPath(new URL('../src/fixtures/hagenow.city.json', import.meta.url));
const NOT_GENERATED = new Set(['node_modules', 'dist', '.data', '.turbo']);

const record = JSON.parse(readFileSync(join(app, '.city-app.json'), 'utf8'));
const answers = { ...record.answers, city: JSON.parse(readFileSync(fixture, 'utf8')) };
const tree = withBaseSnapshot(renderProject(answers));

const onDisk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_GENERATED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? onDisk(path) : [relative(app, path).split('\\').join('/')];
  });
const stale = onDisk(app).filter((path) => !tree.has(path));
for (const path of stale) rmSync(join(app, path));
for (const [path, text] of tree.entries()) {
  await mkdir(dirname(join(app, path)), { recursive: true });
  await writeFile(join(app, path), text);
}
console.log(
  `apps/hagenow: ${tree.size} files written${stale.length ? `, removed ${stale.join(', ')}` : ''}.`,
);
