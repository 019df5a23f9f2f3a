// The generated project's own config check (test/config.test.ts) must be able to fail: a town
// with a broken city.config.ts runs it and sees each problem named.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderProject } from './index.js';
import { answersFor, tempFolder } from './test-support.js';

// HageNOW!'s installed packages serve the generated project: no install, no network.
const installed = fileURLToPath(new URL('../../../apps/hagenow/node_modules', import.meta.url));

function runConfigCheck(project: string): { code: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(installed, 'vitest', 'vitest.mjs'), 'run', 'test/config.test.ts'],
    { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("a generated town's config check", () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  let project: string;

  beforeAll(async () => {
    folder = await tempFolder();
    project = join(folder.path, 'grabow');
    for (const [path, contents] of renderProject(answersFor('Grabow')).entries()) {
      await mkdir(dirname(join(project, path)), { recursive: true });
      await writeFile(join(project, path), contents);
    }
    await symlink(installed, join(project, 'node_modules'), 'dir');
  });
  afterAll(() => folder?.cleanup());

  it('passes with the config as generated', () => {
    const { code, output } = runConfigCheck(project);
    expect(code, output).toBe(0);
  }, 150_000);

  it('fails on a broken config, naming each problem and its field', async () => {
    const file = join(project, 'city.config.ts');
    const config = await readFile(file, 'utf8');
    expect(config).toContain("state: 'DE-MV'");
    await writeFile(
      file,
      config.replace("state: 'DE-MV'", "state: 'DE-XX'").replace('locales:', 'locale:'),
    );
    const { code, output } = runConfigCheck(project);
    expect(code).not.toBe(0);
    expect(output).toMatch(/city\.config\.ts has problems/);
    expect(output).toMatch(/town\.state/);
    expect(output).toMatch(/locale\b/);
  }, 150_000);
});
