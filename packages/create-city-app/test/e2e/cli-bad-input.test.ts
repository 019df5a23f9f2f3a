// The built binary, as a town's CI would run it: no terminal attached, so it must never wait
// for input, and bad input must exit with the documented code, say what to do and write nothing.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Cleanup, cliPath, runCli, tempFolder } from './support.js';

const cleanup = new Cleanup();
afterAll(() => cleanup.run());

const TOWN = ['--town', 'Boizenburg/Elbe', '--state', 'DE-MV'];
const QUIET = ['--no-install', '--no-git'];

describe.skipIf(!existsSync(cliPath))('the built create-city-app binary refuses bad input', () => {
  let cwd: string;
  beforeEach(async () => {
    cwd = await tempFolder(cleanup, 'city-app-cli-');
  });

  it('without --yes exits 2 at once, naming the missing values', async () => {
    const result = await runCli(['--town', 'Boizenburg/Elbe', ...QUIET], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing --state, --modules, --primary-color, --locale');
    expect(result.stderr).toContain('--yes');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('refuses an unknown module, listing the known ones (exit 2)', async () => {
    const result = await runCli([...TOWN, '--yes', '--modules', 'news,parkhaus', ...QUIET], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no module "parkhaus"');
    expect(result.stderr).toMatch(/Known modules: .*news/);
    expect(result.stderr).toContain('nothing was written');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('refuses a low-contrast colour and suggests the nearest that passes (exit 2)', async () => {
    const result = await runCli([...TOWN, '--yes', '--primary-color', '#7fb3d5', ...QUIET], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('branding.primaryColor (--primary-color)');
    expect(result.stderr).toMatch(/Use #[0-9a-f]{6}/i);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('refuses a non-empty target without --force (exit 3) and leaves it as it was', async () => {
    const target = join(cwd, 'boizenburg');
    await mkdir(target);
    await writeFile(join(target, 'notes.txt'), 'Stadtfest-Ideen');
    const result = await runCli(['boizenburg', ...TOWN, '--yes', ...QUIET], cwd);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('--force');
    expect(await readdir(cwd)).toEqual(['boizenburg']);
    expect(await readdir(target)).toEqual(['notes.txt']);
    expect(await readFile(join(target, 'notes.txt'), 'utf8')).toBe('Stadtfest-Ideen');
  });
});
