import * as nodeFs from 'node:fs/promises';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileSystem } from './steps/context.js';
import { listTree, runCli, scriptedPrompter, tempFolder } from './test-support.js';

let tmp: { path: string; cleanup(): Promise<void> };
beforeEach(async () => {
  tmp = await tempFolder();
});
afterEach(async () => {
  await tmp.cleanup();
});

const ALL = [
  '--town',
  'Boizenburg/Elbe',
  '--state',
  'DE-MV',
  '--modules',
  'news',
  '--primary-color',
  '#1a5f7a',
  '--locale',
  'de',
];
const QUIET = ['--no-install', '--no-git'];

/** A file system that fails on the n-th file write, like a full disk would. */
function failingOnWrite(n: number): FileSystem {
  let writes = 0;
  return {
    ...(nodeFs as unknown as FileSystem),
    writeFile: async (path, data) => {
      writes++;
      if (writes === n)
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
          code: 'ENOSPC',
        });
      await nodeFs.writeFile(path, data);
    },
  };
}

describe('create-city-app', () => {
  it('creates a project from flags alone', async () => {
    const result = await runCli([...ALL, ...QUIET], tmp.path);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = await listTree(join(tmp.path, 'boizenburg-elbe'));
    expect(files).toContain('city.config.ts');
    expect(files).toContain('content/news/01-die-app-ist-da.md');
    // The base snapshot for `city-app update`: every generated file, as generated.
    const project = join(tmp.path, 'boizenburg-elbe');
    const generated = files.filter((f) => !f.startsWith('.city-app/base/'));
    expect(files.filter((f) => f.startsWith('.city-app/base/'))).toEqual(
      generated.map((f) => `.city-app/base/${f}`),
    );
    expect(await readFile(join(project, '.city-app/base/city.config.ts'), 'utf8')).toBe(
      await readFile(join(project, 'city.config.ts'), 'utf8'),
    );
    const pkg = JSON.parse(
      await readFile(join(tmp.path, 'boizenburg-elbe', 'package.json'), 'utf8'),
    );
    expect(pkg.name).toBe('boizenburg-elbe');
    expect(pkg.dependencies['@city-app/core']).toBe('^1.2.3');
    expect(result.stdout).toContain('cd boizenburg-elbe');
    expect(result.stdout).toContain('npm install');
    // In the app's language: German unless English was chosen.
    expect(result.stdout).toContain('✔ Die App von Boizenburg/Elbe liegt in boizenburg-elbe');
    expect(result.stdout).toContain('Vor dem Start im Internet');
    // Only the project folder: no temporary folder is left beside it.
    expect(await readdir(tmp.path)).toEqual(['boizenburg-elbe']);
  });

  it('takes --config and lets flags override it', async () => {
    const config = {
      town: { name: 'Hagenow', state: 'DE-MV', population: 12175, areaKm2: 67.45 },
      branding: { appName: 'HageNOW!', primaryColor: '#005a8c' },
      legal: {
        imprint: {
          organisation: 'Stadt Hagenow',
          address: 'Rathaus',
          email: 'rathaus@example.org',
        },
        privacy: { controller: 'Stadt Hagenow', email: 'datenschutz@example.org' },
        accessibility: { contactEmail: 'barrierefrei@example.org' },
        feedbackEmail: 'feedback@example.org',
      },
      modules: { news: { perPage: 5 } },
    };
    await writeFile(join(tmp.path, 'city.json'), JSON.stringify(config));
    const result = await runCli(
      [
        'app',
        '--config',
        'city.json',
        '--primary-color',
        '#8a1538',
        '--modules',
        'news,tickets',
        '--package-manager',
        'pnpm',
        ...QUIET,
      ],
      tmp.path,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const record = JSON.parse(await readFile(join(tmp.path, 'app', '.city-app.json'), 'utf8'));
    expect(record.answers.city.town).toEqual(config.town);
    expect(record.answers.city.branding).toEqual({
      appName: 'HageNOW!',
      primaryColor: '#8a1538',
      logo: 'logo.svg',
    });
    expect(record.answers.city.modules).toEqual({ news: { perPage: 5 }, tickets: {} });
    expect(record.answers.city.legal).toEqual(config.legal);
    expect(record.answers.packageManager).toBe('pnpm');
    const cityConfig = await readFile(join(tmp.path, 'app', 'city.config.ts'), 'utf8');
    expect(cityConfig).toContain("appName: 'HageNOW!'");
    expect(cityConfig).toContain('perPage: 5');
  });

  it('without a terminal and without --yes, names every missing value at once and writes nothing', async () => {
    const result = await runCli(QUIET, tmp.path);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'missing --town, --state, --modules, --primary-color, --locale',
    );
    expect(result.stderr).toContain('--yes');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(tmp.path)).toEqual([]);

    const some = await runCli(['--town', 'Hagenow', '--modules', 'news', ...QUIET], tmp.path);
    expect(some.code).toBe(2);
    expect(some.stderr).toContain('missing --state, --primary-color, --locale');
  });

  it('with --yes fills defaults but still needs the town and its state', async () => {
    const missing = await runCli(['--yes', '--town', 'Hagenow', ...QUIET], tmp.path);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --state.');
    expect(await readdir(tmp.path)).toEqual([]);

    const result = await runCli(
      ['--yes', '--town', 'Lübz', '--state', 'de-mv', ...QUIET],
      tmp.path,
    );
    expect(result.code).toBe(0);
    const record = JSON.parse(await readFile(join(tmp.path, 'luebz', '.city-app.json'), 'utf8'));
    expect(record.answers.city.town.state).toBe('DE-MV');
    // Every module the toolkit offers, the waste calendar among them: its starting calendar
    // carries common street names and sample dates, shown as samples until the first import.
    // The defect reports start with their default categories and sample departments.
    expect(Object.keys(record.answers.city.modules)).toEqual([
      'council',
      'events',
      'experiment-space',
      'news',
      'reports',
      'surveys',
      'waste',
      'tickets',
    ]);
    // The events module's sample events and venues carry the town's name.
    const events = await readFile(
      join(tmp.path, 'luebz', 'content', 'events', 'events.yaml'),
      'utf8',
    );
    expect(events).toContain('Diese Veranstaltungen und Orte sind MUSTER');
    expect(events).toContain('name: Stadtbibliothek Lübz');
    expect(events).not.toContain('Alte Synagoge');
    const calendar = await readFile(
      join(tmp.path, 'luebz', 'content', 'waste', 'calendar.yaml'),
      'utf8',
    );
    expect(calendar).toContain('Die Abfuhrtermine in der App sind MUSTER');
    expect(calendar).toContain('{ name: Hauptstraße, collection: bezirk-1 }');
    expect(calendar).not.toContain('Steegener Chaussee');
    expect(record.answers.city.branding.primaryColor).toBe('#1a5f7a');
    expect(record.answers.city.locales).toEqual(['de', 'en']);
    expect(record.answers.city.legal.imprint.email).toBe('rathaus@luebz.example');
  });

  it.each([
    [
      'an unknown module',
      ['--modules', 'news,parking'],
      [
        'modules.parking (--modules): there is no module "parking"',
        'Known modules: council, events, experiment-space, news, reports, surveys, waste, tickets.',
      ],
    ],
    [
      'a colour with too little contrast',
      ['--primary-color', '#7fb3d5'],
      ['branding.primaryColor (--primary-color)', 'reaches only', 'Use #'],
    ],
    [
      'something that is no colour',
      ['--primary-color', 'blau'],
      ['branding.primaryColor (--primary-color)', 'Use a hex colour'],
    ],
    [
      'an invalid state',
      ['--state', 'DE-XX'],
      [
        'town.state (--state): "DE-XX" is not the code of a German state',
        'DE-MV is Mecklenburg-Vorpommern',
      ],
    ],
    [
      'a name without letters',
      ['--town', '!!! ???'],
      ['town.name (--town): "!!! ???" gives no folder or package name'],
    ],
    [
      'an unknown language',
      ['--locale', 'fr'],
      ['locales (--locale): "fr" is not a language of the app'],
    ],
    [
      'an unknown package manager',
      ['--package-manager', 'yarn'],
      ['--package-manager: "yarn" is not supported'],
    ],
    ['an invalid module option', ['--config', 'bad-options.json'], ['modules.news.perPage']],
  ])('refuses %s, says what to do and writes nothing', async (_case, flags, expected) => {
    await writeFile(
      join(tmp.path, 'bad-options.json'),
      JSON.stringify({ modules: { news: { perPage: 500 } } }),
    );
    const args = [...ALL];
    for (let i = 0; i < flags.length; i += 2) {
      const at = args.indexOf(flags[i] as string);
      if (at === -1) args.push(flags[i] as string, flags[i + 1] as string);
      else args[at + 1] = flags[i + 1] as string;
    }
    if (flags[0] === '--config') args.splice(args.indexOf('--modules'), 2);
    const result = await runCli([...args, ...QUIET], tmp.path);
    expect(result.code).toBe(2);
    for (const text of expected) expect(result.stderr).toContain(text);
    expect(result.stderr).toContain('nothing was written');
    expect(await readdir(tmp.path)).toEqual(['bad-options.json']);
  });

  it('reports all problems in one run', async () => {
    const result = await runCli(
      [
        '--town',
        'Hagenow',
        '--state',
        'XX',
        '--modules',
        'parking',
        '--primary-color',
        '#ffff00',
        '--locale',
        'de',
        ...QUIET,
      ],
      tmp.path,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('3 problems');
    expect(result.stderr).toContain('town.state');
    expect(result.stderr).toContain('modules.parking');
    expect(result.stderr).toContain('branding.primaryColor');
  });

  it('refuses a folder that is not empty (exit 3) and leaves it as it was', async () => {
    await mkdir(join(tmp.path, 'boizenburg-elbe'));
    await writeFile(join(tmp.path, 'boizenburg-elbe', 'notes.txt'), 'mine');
    const result = await runCli([...ALL, ...QUIET], tmp.path);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('is not empty');
    expect(result.stderr).toContain('--force');
    expect(await listTree(join(tmp.path, 'boizenburg-elbe'))).toEqual(['notes.txt']);
  });

  it('with --force writes into a folder, replacing generated files only', async () => {
    const target = join(tmp.path, 'boizenburg-elbe');
    await mkdir(target);
    await writeFile(join(target, 'notes.txt'), 'mine');
    await writeFile(join(target, 'README.md'), 'old readme');
    const result = await runCli([...ALL, ...QUIET, '--force'], tmp.path);
    expect(result.code).toBe(0);
    expect(await readFile(join(target, 'notes.txt'), 'utf8')).toBe('mine');
    expect(await readFile(join(target, 'README.md'), 'utf8')).toContain('# Boizenburg/Elbe');
  });

  it('with --force refuses a generated file where the folder has a folder', async () => {
    const target = join(tmp.path, 'boizenburg-elbe');
    await mkdir(join(target, 'README.md'), { recursive: true });
    await writeFile(join(target, 'src'), 'a file where a folder belongs');
    const result = await runCli([...ALL, ...QUIET, '--force'], tmp.path);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('README.md: is a folder');
    expect(result.stderr).toContain('src: is a file');
    expect(await listTree(target)).toEqual(['src']);
  });

  it('--dry-run lists the files with sizes and writes nothing', async () => {
    const result = await runCli([...ALL, '--dry-run'], tmp.path);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/would write \d+ files to .*boizenburg-elbe/);
    expect(result.stdout).toMatch(/ {2}city\.config\.ts +\d+(\.\d)? (B|KB)\n/);
    expect(result.stdout).toMatch(/ {2}\.city-app\/base\/ \(\d+ files: the same, as base/);
    expect(result.stdout).not.toContain('.city-app/base/city.config.ts');
    expect(result.stdout).toContain('would run "npm install"');
    expect(result.stdout).toContain('Probelauf: nichts wurde geschrieben.');
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('leaves nothing behind when a write fails half-way', async () => {
    const result = await runCli([...ALL, ...QUIET, 'towns/new/boizenburg'], tmp.path, {
      fs: failingOnWrite(5),
    });
    expect(result.code).toBe(70);
    expect(result.stderr).toContain('ENOSPC');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('leaves nothing behind when a write fails in an empty target folder', async () => {
    await mkdir(join(tmp.path, 'boizenburg-elbe'));
    const result = await runCli([...ALL, ...QUIET], tmp.path, { fs: failingOnWrite(3) });
    expect(result.code).toBe(70);
    expect(await readdir(tmp.path)).toEqual(['boizenburg-elbe']);
    expect(await readdir(join(tmp.path, 'boizenburg-elbe'))).toEqual([]);
  });

  it('with --force puts the folder back as it was when a write fails', async () => {
    const target = join(tmp.path, 'boizenburg-elbe');
    await mkdir(target);
    await writeFile(join(target, 'notes.txt'), 'mine');
    await writeFile(join(target, '.gitignore'), 'old');
    const result = await runCli([...ALL, ...QUIET, '--force'], tmp.path, { fs: failingOnWrite(8) });
    expect(result.code).toBe(70);
    expect(await listTree(target)).toEqual(['.gitignore', 'notes.txt']);
    expect(await readFile(join(target, '.gitignore'), 'utf8')).toBe('old');
  });

  it('asks for missing values when a terminal is attached, including module options', async () => {
    const prompt = scriptedPrompter({
      town: 'Zarrentin am Schaalsee',
      state: 'DE-MV',
      modules: ['news', 'tickets'],
      primaryColor: '#2d6a4f',
      locale: 'de',
      'modules.tickets.office': 'Amt Zarrentin',
      email: 'rathaus@example.org',
      install: false,
      git: false,
    });
    const result = await runCli([], tmp.path, { terminal: true, prompt });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(prompt.asked).toEqual([
      'locale',
      'town',
      'state',
      'modules',
      'primaryColor',
      'modules.tickets.office',
      'email',
      'install',
      'git',
    ]);
    const record = JSON.parse(
      await readFile(join(tmp.path, 'zarrentin-am-schaalsee', '.city-app.json'), 'utf8'),
    );
    expect(record.answers.city.modules).toEqual({ news: {}, tickets: { office: 'Amt Zarrentin' } });
    expect(record.answers.city.legal.feedbackEmail).toBe('rathaus@example.org');
  });

  it('refuses a low-contrast colour at the prompt, with a colour that passes', async () => {
    const prompt = scriptedPrompter({ primaryColor: '#7fb3d5' });
    const result = await runCli(
      ['--town', 'Hagenow', '--state', 'DE-MV', '--modules', 'news', '--locale', 'de'],
      tmp.path,
      {
        terminal: true,
        prompt,
      },
    );
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/erreicht nur 2,\d\d:1 .*Versuchen Sie #[0-9a-f]{6}/);
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('checks the e-mail as it is typed, and asks and answers in the language chosen first', async () => {
    const prompt = scriptedPrompter({
      locale: 'en',
      town: 'Bützow',
      state: 'DE-MV',
      modules: ['news'],
      primaryColor: '#2d6a4f',
      email: 'stadt@buetzow',
    });
    const questions: string[] = [];
    const asking = {
      ...prompt,
      text: (q: Parameters<typeof prompt.text>[0]) => {
        questions.push(q.message);
        return prompt.text(q);
      },
    };
    const result = await runCli([], tmp.path, { terminal: true, prompt: asking });
    // The prompt refuses the address, so nothing asked so far is lost to a failure at the end.
    expect(result.stderr).toContain(
      'refused "stadt@buetzow": Enter an e-mail address such as rathaus@town.de, or leave it empty.',
    );
    expect(prompt.asked).toEqual(['locale', 'town', 'state', 'modules', 'primaryColor', 'email']);
    expect(questions).toEqual([
      'Name of the town',
      'Primary colour as a hex value',
      'E-mail of the town hall for the imprint and accessibility (leave empty: placeholder)',
    ]);
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('exits with 130 and writes nothing when cancelled', async () => {
    const cancelled = Object.assign(new Error('User force closed the prompt'), {
      name: 'ExitPromptError',
    });
    const result = await runCli([], tmp.path, {
      terminal: true,
      prompt: scriptedPrompter({ locale: 'de', town: cancelled }),
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('Cancelled; nothing was written.');
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('installs with the chosen package manager and creates a git repository', async () => {
    const calls: string[] = [];
    const exec = async (command: string, args: string[], options: { cwd: string }) => {
      calls.push(`${command} ${args.join(' ')} @${options.cwd.slice(tmp.path.length)}`);
      return 0;
    };
    const result = await runCli([...ALL, '--package-manager', 'pnpm'], tmp.path, { exec });
    expect(result.code).toBe(0);
    expect(calls).toEqual([
      'pnpm install @/boizenburg-elbe',
      'git init --quiet @/boizenburg-elbe',
      'git add --all @/boizenburg-elbe',
      'git commit --quiet --no-verify --message Initial commit from create-city-app @/boizenburg-elbe',
    ]);
  });

  it('exits with 4 when installing fails, keeping the project', async () => {
    const result = await runCli([...ALL, '--no-git'], tmp.path, { exec: async () => 1 });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('"npm install" exited with code 1');
    expect(result.stderr).toContain('The project itself is ready');
    expect(await listTree(join(tmp.path, 'boizenburg-elbe'))).toContain('package.json');
  });

  it('skips git with a note when git is not installed', async () => {
    const exec = async () => {
      throw Object.assign(new Error('spawn git ENOENT'), { code: 'ENOENT' });
    };
    const result = await runCli([...ALL, '--no-install'], tmp.path, { exec });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('git is not installed');
  });

  it('links @city-app/* as workspace packages inside the city-app repository', async () => {
    const repo = join(tmp.path, 'repo');
    await mkdir(join(repo, 'packages', 'core'), { recursive: true });
    await writeFile(
      join(repo, 'packages', 'core', 'package.json'),
      JSON.stringify({ name: '@city-app/core' }),
    );
    await writeFile(join(repo, 'pnpm-workspace.yaml'), "packages:\n  - packages/*\n  - 'apps/*'\n");
    const inWorkspace = await runCli([...ALL, ...QUIET, 'repo/apps/boizenburg'], tmp.path);
    expect(inWorkspace.code).toBe(0);
    const pkg = JSON.parse(
      await readFile(join(repo, 'apps', 'boizenburg', 'package.json'), 'utf8'),
    );
    expect(pkg.dependencies['@city-app/server']).toBe('workspace:*');
    const record = JSON.parse(
      await readFile(join(repo, 'apps', 'boizenburg', '.city-app.json'), 'utf8'),
    );
    expect(record.answers.packageManager).toBe('pnpm');

    const outside = await runCli([...ALL, ...QUIET, 'repo/tmp/boizenburg'], tmp.path);
    expect(outside.code).toBe(0);
    expect(outside.stdout).toContain('not in its pnpm workspace');
    const linked = JSON.parse(
      await readFile(join(repo, 'tmp', 'boizenburg', 'package.json'), 'utf8'),
    );
    expect(linked.dependencies['@city-app/server']).toBe(`link:${repo}/packages/server`);

    const viaFlag = await runCli([...ALL, ...QUIET, '--link', 'repo', 'elsewhere'], tmp.path);
    expect(viaFlag.code).toBe(0);
    const flagged = JSON.parse(await readFile(join(tmp.path, 'elsewhere', 'package.json'), 'utf8'));
    expect(flagged.dependencies['@city-app/module-news']).toBe(
      `link:${repo}/packages/modules/news`,
    );
  });

  it('documents its exit codes in --help and refuses unknown options with exit 2', async () => {
    const help = await runCli(['--help'], tmp.path);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toContain('130  cancelled');
    expect(help.stdout).not.toContain('--link');
    const unknown = await runCli(['--colour', 'red'], tmp.path);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--colour'");
  });
});
