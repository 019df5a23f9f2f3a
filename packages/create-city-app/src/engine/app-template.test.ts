import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { starterRoots } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { bundledModules } from '../generated/modules.js';

const templatesRoot = fileURLToPath(new URL('../../../../templates/app', import.meta.url));
const templateFiles = readdirSync(templatesRoot, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(templatesRoot, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .sort();

// The app template is the town's frame; everything of a module (its content, images, texts)
// comes from the module's package, so adding or removing one never needs a template change.
describe('the app template', () => {
  const ids = bundledModules.map((m) => m.manifest.id);

  it('is checked against the modules of the toolkit', () => {
    expect(ids).toEqual(expect.arrayContaining(['news', 'experiment-space']));
    expect(templateFiles).toContain('city.config.ts.hbs');
  });

  it("carries no file in a module's folders", () => {
    const roots = ['public/modules/', ...ids.flatMap((id) => starterRoots(id).map((r) => `${r}/`))];
    expect(templateFiles.filter((path) => roots.some((root) => path.startsWith(root)))).toEqual([]);
  });

  it('names no module, nor any path of one, in any file', () => {
    const naming = templateFiles.flatMap((path) => {
      const text = `${path}\n${readFileSync(join(templatesRoot, path), 'utf8')}`;
      return ids
        .filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`, 'i').test(text))
        .map((id) => `${path} names ${id}`);
    });
    expect(naming).toEqual([]);
  });
});
