// The built binary, as a town's CI would run it: no terminal attached, so it must never wait
// for input, and bad input must exit with the documented code, say what to do and write nothing,
// in German unless English is chosen.
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
    expect(result.stderr).toContain(
      'Nicht angegeben: --state, --modules, --primary-color, --locale.',
    );
    expect(result.stderr).toContain('--yes');
    expect(await readdir(cwd)).toEqual([]);

    const english = await runCli(['--town', 'Boizenburg/Elbe', '--locale', 'en', ...QUIET], cwd);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('missing --state, --modules, --primary-color.');
  });

  it('refuses an unknown module, listing the known ones (exit 2)', async () => {
    const result = await runCli([...TOWN, '--yes', '--modules', 'news,parkhaus', ...QUIET], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('es gibt kein Modul „parkhaus“');
    expect(result.stderr).toMatch(/Bekannte Module: .*news/);
    expect(result.stderr).toContain('nichts wurde geschrieben');
    expect(await readdir(cwd)).toEqual([]);

    const english = await runCli(
      [...TOWN, '--yes', '--locale', 'en', '--modules', 'news,parkhaus', ...QUIET],
      cwd,
    );
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('there is no module "parkhaus"');
    expect(english.stderr).toMatch(/Known modules: .*news/);
    expect(english.stderr).toContain('nothing was written');
  });

  it('refuses a low-contrast colour and suggests the nearest that passes (exit 2)', async () => {
    const result = await runCli([...TOWN, '--yes', '--primary-color', '#7fb3d5', ...QUIET], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('branding.primaryColor (--primary-color)');
    expect(result.stderr).toMatch(/Verwenden Sie #[0-9a-f]{6}/i);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('refuses an unknown option in the language --locale asks for (exit 2)', async () => {
    const result = await runCli(['--twon', 'Boizenburg/Elbe'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unbekannte Option --twon. Meinten Sie --town?');
    const english = await runCli(['--locale', 'en', '--twon', 'Boizenburg/Elbe'], cwd);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('Unknown option --twon. Did you mean --town?');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('refuses a non-empty target without --force (exit 3) and leaves it as it was', async () => {
    const target = join(cwd, 'boizenburg');
    await mkdir(target);
    await writeFile(join(target, 'notes.txt'), 'Stadtfest-Ideen');
    const result = await runCli(['boizenburg', ...TOWN, '--yes', ...QUIET], cwd);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Der Zielordner ist nicht leer');
    expect(result.stderr).toContain('--force');
    expect(await readdir(cwd)).toEqual(['boizenburg']);
    expect(await readdir(target)).toEqual(['notes.txt']);
    expect(await readFile(join(target, 'notes.txt'), 'utf8')).toBe('Stadtfest-Ideen');
  });
});
