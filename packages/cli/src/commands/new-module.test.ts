import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProject, repoRoot, runCli } from '../test-support.js';

const exec = promisify(execFile);
/** Runs a command; a failure says what it printed (a compiler's errors go to stdout). */
async function run(
  file: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
) {
  try {
    return await exec(file, args, options);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${args.join(' ')} failed in ${options.cwd}:\n${stdout}\n${stderr}`);
  }
}
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'city-app-new-module-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('city-app new module', () => {
  it('makes a package whose tests pass as generated: served by the kernel, typed', async () => {
    const made = await runCli(
      ['new', 'module', 'parking', '--field', 'mobility', '--title', 'Parken', '--json'],
      dir,
    );
    expect(made.stdout + made.stderr).not.toContain('error');
    expect(made.code).toBe(0);
    const folder = join(dir, 'parking');
    expect(made.json()).toMatchObject({
      id: 'parking',
      packageName: '@city-app/module-parking',
      folder,
      written: true,
    });
    const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('@city-app/module-parking');
    expect(Object.keys(pkg.exports)).toEqual(['.', './server', './web']);
    expect(await readFile(join(folder, 'src/server/migrations.ts'), 'utf8')).toContain(
      'CREATE TABLE parking_entries',
    );
    expect(await readFile(join(folder, 'src/meta.ts'), 'utf8')).toContain("field: 'mobility'");

    // The dependencies a workspace install would give it: those of a module of this repository.
    await symlink(
      join(repoRoot, 'packages/modules/news/node_modules'),
      join(folder, 'node_modules'),
      'dir',
    );
    const bin = (p: string) => join(repoRoot, 'packages/modules/news/node_modules', p);
    const tests = await run(process.execPath, [bin('vitest/vitest.mjs'), 'run'], {
      cwd: folder,
      env: { ...process.env, NO_COLOR: '1' },
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes, should a terminal force them
    expect(tests.stdout.replace(/\u001b\[\d+m/g, '')).toMatch(/Tests\s+3 passed \(3\)/);
    await run(process.execPath, [bin('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], {
      cwd: folder,
    });
  }, 120_000);

  it('inside a town project: a module in modules/<id> that the town installs, with steps that work there', async () => {
    const town = await makeProject();
    try {
      const made = await runCli(
        ['new', 'module', 'parking', '--field', 'mobility', '--title', 'Parken'],
        town.root,
      );
      expect(made.stderr).toBe('');
      expect(made.code).toBe(0);
      const folder = join(town.root, 'modules/parking');
      const pkg = JSON.parse(await town.read('modules/parking/package.json'));
      // Not the repository's unpublished settings, and the town's own @city-app versions.
      expect(pkg.devDependencies['@city-app/config']).toBeUndefined();
      expect(pkg.peerDependencies['@city-app/core']).toBe('^0.1.0');
      expect(await town.read('modules/parking/tsconfig.json')).not.toContain('@city-app/config');
      expect(JSON.parse(await town.read('package.json')).dependencies).toMatchObject({
        '@city-app/module-parking': 'file:./modules/parking',
      });
      // The town's consultant reads the town's language; the steps are commands.
      expect(made.stdout).toContain(`✔ @city-app/module-parking in ${folder} angelegt (`);
      expect(made.stdout).toContain(
        '  package.json hängt jetzt davon ab (file:./modules/parking). Weiter mit:',
      );
      expect(made.stdout).toContain(
        [
          '  cd modules/parking',
          '  pnpm install && pnpm build && pnpm test',
          '  cd ../..',
          '  pnpm install',
          '  pnpm city-app add parking',
        ].join('\n'),
      );

      // Its tests and types pass with its own settings (dependencies as an install gives them).
      const deps = join(repoRoot, 'packages/modules/news/node_modules');
      await symlink(deps, join(folder, 'node_modules'), 'dir');
      const tests = await run(process.execPath, [join(deps, 'vitest/vitest.mjs'), 'run'], {
        cwd: folder,
        env: { ...process.env, NO_COLOR: '1' },
      });
      // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes, should a terminal force them
      expect(tests.stdout.replace(/\u001b\[\d+m/g, '')).toMatch(/Tests\s+3 passed \(3\)/);
      await run(
        process.execPath,
        [join(deps, 'typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'],
        { cwd: folder },
      );
    } finally {
      await town.cleanup();
    }
  }, 120_000);

  it("refuses in the town's language inside a town project", async () => {
    const town = await makeProject();
    try {
      const badId = await runCli(['new', 'module', 'Parken!'], town.root);
      expect(badId.code).toBe(2);
      expect(badId.stderr).toContain('„Parken!“ ist keine Modul-Id.');
      const dry = await runCli(['new', 'module', 'parking', '--dry-run'], town.root);
      expect(dry.stdout).toContain('Probelauf: ');
      expect(dry.stdout).toContain(
        `Dateien würden nach ${join(town.root, 'modules/parking')} geschrieben:`,
      );
    } finally {
      await town.cleanup();
    }
  });

  it('refuses a bad id, an unknown field and a folder in use, writing nothing', async () => {
    const before = await readdir(dir);
    const badId = await runCli(['new', 'module', 'Parken!', '--json'], dir);
    expect(badId.code).toBe(2);
    expect(badId.json().error.field).toBe('id');
    // Outside a town project: English, the language of the module's code.
    expect(badId.json().error.message).toBe('"Parken!" is not a module id.');
    const badField = await runCli(['new', 'module', 'bus', '--field', 'transport', '--json'], dir);
    expect(badField.json().error.field).toBe('--field');
    expect(badField.json().error.hint).toContain('mobility');
    const taken = await runCli(['new', 'module', 'parking', '--json'], dir);
    expect(taken.json().error.field).toBe('--dir');
    expect(await readdir(dir)).toEqual(before);
  });
});
