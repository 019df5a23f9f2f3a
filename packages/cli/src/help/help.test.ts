import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFor, makeProject, runCli, type TestProject } from '../test-support.js';
import { CLI_VERSION } from '../version.js';

describe("city-app --help and its argument mistakes in the town's language", () => {
  let german: TestProject;
  let english: TestProject;
  let outside: string;
  beforeAll(async () => {
    german = await makeProject();
    const answers = answersFor('Boizenburg/Elbe');
    english = await makeProject({ ...answers, city: { ...answers.city, locales: ['en', 'de'] } });
    outside = await mkdtemp(join(tmpdir(), 'city-app-help-'));
  });
  afterAll(async () => {
    await german.cleanup();
    await english.cleanup();
    await rm(outside, { recursive: true, force: true });
  });

  it('prints the help in German in a German town, commander words included', async () => {
    const help = await runCli(['--help'], german.root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Aufruf: city-app [Optionen] [Befehl]');
    expect(help.stdout).toContain('Befehle:');
    expect(help.stdout).toContain('Optionen:');
    expect(help.stdout).toMatch(/-h, --help\s+Hilfe zu diesem Befehl anzeigen/);
    expect(help.stdout).toMatch(/help \[Befehl\]\s+Hilfe zu einem Befehl anzeigen/);
    expect(help.stdout).toContain('Exit-Codes:');
    expect(help.stdout).toContain('130  abgebrochen; nichts wurde geschrieben');
    expect(help.stdout).not.toMatch(/Usage|Options:|Commands:|display help|default:|\[options\]/);

    const add = await runCli(['add', '--help'], german.root);
    expect(add.stdout).toContain('Aufruf: city-app add [Optionen] <module>');
    expect(add.stdout).toContain('Argumente:');
    expect(add.stdout).toMatch(/module\s+Kennung des Moduls, z\. B\. news/);
    expect(add.stdout).toMatch(/--dry-run\s+den Diff zeigen, nichts schreiben/);
    expect(add.stdout).not.toMatch(/Usage|Options:|Arguments:|display help|default:/);

    const helpCommand = await runCli(['help', 'remove'], german.root);
    expect(helpCommand.code).toBe(0);
    expect(helpCommand.stdout).toContain('Aufruf: city-app remove [Optionen] <module>');
    const version = await runCli(['-v'], german.root);
    expect(version).toMatchObject({ code: 0, stdout: `${CLI_VERSION}\n` });

    const schema = await runCli(['config', 'schema', '--help'], german.root);
    expect(schema.stdout).toMatch(/\(Standard:\s+city\.schema\.json\)/);
    expect(schema.stdout).not.toContain('default');
  });

  it('prints the help in English in an English town and outside a town project', async () => {
    for (const cwd of [english.root, outside]) {
      const help = await runCli(['--help'], cwd);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Usage: city-app [options] [command]');
      expect(help.stdout).toContain('Commands:');
      expect(help.stdout).toContain('Exit codes:');
      expect(help.stdout).toMatch(/modules \[options\]\s+list the modules this project can use/);
      expect(help.stdout).not.toContain('Aufruf');
    }
    const importHelp = await runCli(['import', '--help'], outside);
    expect(importHelp.stdout).toContain('An importer may take options of its own after the file');
  });

  it('speaks German in a project whose config cannot be read, as every command does', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'city-app-help-broken-'));
    try {
      await writeFile(join(broken, 'city.config.ts'), 'export default defineCity({ <<<<<<< ');
      const help = await runCli(['vapid', '--help'], broken);
      expect(help.stdout).toContain('Aufruf: city-app vapid [Optionen]');
      expect(help.stdout).toContain('ein neues VAPID-Schlüsselpaar für Web Push ausgeben');
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it('refuses an unknown option in the town language with a did-you-mean and exit 2', async () => {
    const typo = await runCli(['doctor', '--env-fil', 'deploy/.env'], german.root);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      '✖ Unbekannte Option --env-fil. Meinten Sie --env-file?\n  → city-app --help zeigt die Befehle.\n',
    );
    expect(typo.stdout).toBe('');
    const command = await runCli(['modulse'], german.root);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Unbekannter Befehl modulse. Meinten Sie modules?');
    const missing = await runCli(['add'], german.root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Das Argument <module> fehlt.');
    const tooMany = await runCli(['remove', 'news', 'parking'], german.root);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain(
      'Zu viele Argumente: erwartet wird höchstens eines, angegeben wurden 2.',
    );
    const noValue = await runCli(['config', 'schema', '--out'], german.root);
    expect(noValue.stderr).toContain('Die Option --out <file> braucht einen Wert.');
    const englishTypo = await runCli(['doctor', '--env-fil', 'x'], english.root);
    expect(englishTypo.stderr).toContain('✖ Unknown option --env-fil. Did you mean --env-file?');
    expect(englishTypo.stderr).toContain('Run city-app --help for the commands.');
  });

  it('answers a usage mistake with --json as one JSON document in the town language', async () => {
    const run = await runCli(['modules', '--jsno', '--json'], german.root);
    expect(run.code).toBe(2);
    expect(run.json()).toEqual({
      error: { code: 'usage', message: 'Unbekannte Option --jsno. Meinten Sie --json?' },
    });
    expect(run.stderr).toBe('');
    const outsideRun = await runCli(['vapid', 'x', '--json'], outside);
    expect(outsideRun.json().error).toEqual({
      code: 'usage',
      message: 'Too many arguments: at most 0 expected, 1 given.',
    });
  });
});
