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
    expect(result.stdout).not.toMatch(/ready|Next:|Before going live/);
    // Only the project folder: no temporary folder is left beside it.
    expect(await readdir(tmp.path)).toEqual(['boizenburg-elbe']);

    const english = await runCli([...ALL, '--locale', 'en', ...QUIET, 'english'], tmp.path);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('✔ The app of Boizenburg/Elbe is ready in english');
    expect(english.stdout).toContain('Next:');
    expect(english.stdout).toContain('Before going live');
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
    // No language chosen yet: German.
    expect(result.stderr).toContain(
      'Nicht angegeben: --town, --state, --modules, --primary-color, --locale.',
    );
    expect(result.stderr).toContain('--yes');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(tmp.path)).toEqual([]);

    const some = await runCli(['--town', 'Hagenow', '--modules', 'news', ...QUIET], tmp.path);
    expect(some.code).toBe(2);
    expect(some.stderr).toContain('Nicht angegeben: --state, --primary-color, --locale.');

    const english = await runCli(['--town', 'Hagenow', '--locale', 'en', ...QUIET], tmp.path);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('✖ Values missing');
    expect(english.stderr).toContain('missing --state, --modules, --primary-color.');
    expect(english.stderr).toContain('add --yes to use the defaults');
  });

  it('with --yes fills defaults but still needs the town and its state', async () => {
    const missing = await runCli(['--yes', '--town', 'Hagenow', ...QUIET], tmp.path);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Nicht angegeben: --state.');
    expect(missing.stderr).toContain('Stadt und Bundesland haben keinen Standardwert');
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

  // Each refusal in German (the default) and in English (--locale en); an unknown language
  // chooses none, so it is said in German only.
  const REFUSALS: [what: string, flags: string[], de: string[], en: string[] | undefined][] = [
    [
      'an unknown module',
      ['--modules', 'news,parking'],
      [
        'modules.parking (--modules): es gibt kein Modul „parking“.',
        'Bekannte Module: council, events, experiment-space, news, reports, surveys, waste, tickets.',
      ],
      [
        'modules.parking (--modules): there is no module "parking"',
        'Known modules: council, events, experiment-space, news, reports, surveys, waste, tickets.',
      ],
    ],
    [
      'a colour with too little contrast',
      ['--primary-color', '#7fb3d5'],
      [
        'branding.primaryColor (--primary-color)',
        'erreicht gegen die Textfarbe',
        'Verwenden Sie #',
      ],
      ['branding.primaryColor (--primary-color)', 'reaches only', 'Use #'],
    ],
    [
      'something that is no colour',
      ['--primary-color', 'blau'],
      ['branding.primaryColor (--primary-color)', 'Verwenden Sie eine Hex-Farbe wie #1a5f7a.'],
      ['branding.primaryColor (--primary-color)', 'Use a hex colour'],
    ],
    [
      'an invalid state',
      ['--state', 'DE-XX'],
      [
        'town.state (--state): „DE-XX“ ist nicht der Code eines deutschen Bundeslandes.',
        'DE-MV ist Mecklenburg-Vorpommern',
      ],
      [
        'town.state (--state): "DE-XX" is not the code of a German state',
        'DE-MV is Mecklenburg-Vorpommern',
      ],
    ],
    [
      'a name without letters',
      ['--town', '!!! ???'],
      ['town.name (--town): „!!! ???“ ergibt keinen Ordner- oder Paketnamen'],
      ['town.name (--town): "!!! ???" gives no folder or package name'],
    ],
    [
      'an empty name',
      ['--town', ''],
      ['town.name (--town): ist leer. — Geben Sie den Namen der Stadt an'],
      ["town.name (--town): is empty. — Give the town's name"],
    ],
    [
      'an unknown language',
      ['--locale', 'fr'],
      ['locales (--locale): „fr“ ist keine Sprache der App. — Verwenden Sie de oder en.'],
      undefined,
    ],
    [
      'an unknown package manager',
      ['--package-manager', 'yarn'],
      ['--package-manager: „yarn“ wird nicht unterstützt. — Verwenden Sie pnpm oder npm.'],
      ['--package-manager: "yarn" is not supported'],
    ],
    [
      'an invalid module option',
      ['--config', 'bad-options.json'],
      ['modules.news.perPage (--modules): Zu groß'],
      ['modules.news.perPage (--modules): Too big'],
    ],
  ];
  it.each(
    REFUSALS.flatMap(([what, flags, de, en]) => [
      [what, 'German', flags, de],
      ...(en ? [[what, 'English', [...flags, '--locale', 'en'], en] as const] : []),
    ]),
  )(
    'refuses %s in %s, says what to do and writes nothing',
    async (_case, language, flags, expected) => {
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
      if (language === 'German') {
        expect(result.stderr).toContain('✖ Das Projekt lässt sich nicht anlegen');
        expect(result.stderr).toContain('1 Problem gefunden; nichts wurde geschrieben.');
        expect(result.stderr).not.toMatch(/nothing was written|Fix the values| Use /);
      } else {
        expect(result.stderr).toContain('✖ Cannot create the project');
        expect(result.stderr).toContain('1 problem found; nothing was written.');
      }
      expect(await readdir(tmp.path)).toEqual(['bad-options.json']);
    },
  );

  it('speaks the first language of --config, and German while the file cannot be read', async () => {
    await writeFile(
      join(tmp.path, 'english.json'),
      JSON.stringify({ town: { name: 'Hagenow', state: 'DE-XX' }, locales: ['en', 'de'] }),
    );
    const english = await runCli(['--config', 'english.json', ...QUIET], tmp.path);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('"DE-XX" is not the code of a German state');

    await writeFile(join(tmp.path, 'broken.json'), '{ "town": ');
    const broken = await runCli(['--config', 'broken.json', ...QUIET], tmp.path);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('--config: „broken.json“ ist kein gültiges JSON');
    expect(broken.stderr).toContain('Korrigieren Sie die JSON-Syntax.');
    const missing = await runCli(['--config', 'none.json', '--locale', 'en', ...QUIET], tmp.path);
    expect(missing.stderr).toContain('--config: cannot read "none.json".');
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
    expect(result.stderr).toContain('3 Probleme gefunden');
    expect(result.stderr).toContain('town.state');
    expect(result.stderr).toContain('modules.parking');
    expect(result.stderr).toContain('branding.primaryColor');
  });

  it('refuses a folder that is not empty (exit 3) and leaves it as it was', async () => {
    await mkdir(join(tmp.path, 'boizenburg-elbe'));
    await writeFile(join(tmp.path, 'boizenburg-elbe', 'notes.txt'), 'mine');
    const result = await runCli([...ALL, ...QUIET], tmp.path);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('✖ Der Zielordner ist nicht leer');
    expect(result.stderr).toContain('enthält schon 1 Eintrag; nichts wurde geschrieben.');
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
    expect(result.stderr).toContain('README.md: ist ein Ordner, aber das Projekt hat hier');
    expect(result.stderr).toContain('src: ist eine Datei, aber');
    expect(await listTree(target)).toEqual(['src']);
  });

  it('--dry-run lists the files with sizes and writes nothing', async () => {
    const result = await runCli([...ALL, '--dry-run'], tmp.path);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Probelauf: \d+ Dateien würden nach .*boizenburg-elbe geschrieben/,
    );
    expect(result.stdout).toMatch(/ {2}city\.config\.ts +\d+(,\d)? (B|KB)\n/);
    expect(result.stdout).toMatch(/ {2}\.city-app\/base\/ \(\d+ Dateien: dieselben, als Grundlage/);
    expect(result.stdout).not.toContain('.city-app/base/city.config.ts');
    expect(result.stdout).toContain('Probelauf: „npm install“ würde in');
    expect(result.stdout).toContain('Probelauf: „git init“ und ein erster Commit würden in');
    expect(result.stdout).toContain('Probelauf: nichts wurde geschrieben.');
    expect(result.stdout).not.toMatch(/Dry run|would/);

    const english = await runCli([...ALL, '--locale', 'en', '--dry-run'], tmp.path);
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/Dry run: would write \d+ files to .*boizenburg-elbe/);
    expect(english.stdout).toMatch(/ {2}city\.config\.ts +\d+(\.\d)? (B|KB)\n/);
    expect(english.stdout).toMatch(/ {2}\.city-app\/base\/ \(\d+ files: the same, as base/);
    expect(english.stdout).toContain('would run "npm install"');
    expect(english.stdout).toContain('Dry run: nothing was written.');
    expect(await readdir(tmp.path)).toEqual([]);
  });

  it('leaves nothing behind when a write fails half-way', async () => {
    const result = await runCli([...ALL, ...QUIET, 'towns/new/boizenburg'], tmp.path, {
      fs: failingOnWrite(5),
    });
    expect(result.code).toBe(70);
    expect(result.stderr).toContain('✖ Etwas ist schiefgegangen');
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

  it('asks in German unless English is chosen, and refuses answers in German', async () => {
    const asked: { name: string; message: string; language?: string }[] = [];
    const script = (answers: Record<string, unknown>) => {
      const prompt = scriptedPrompter(answers);
      const note =
        <Q extends { name: string; message: string; language?: string }, R>(
          ask: (q: Q) => Promise<R>,
        ) =>
        (q: Q) => {
          asked.push({ name: q.name, message: q.message, language: q.language });
          return ask(q);
        };
      return {
        ...prompt,
        text: note(prompt.text),
        select: note(prompt.select),
        multiselect: note(prompt.multiselect),
        confirm: note(prompt.confirm),
      } as typeof prompt;
    };
    const shortOffice = await runCli([], tmp.path, {
      terminal: true,
      prompt: script({
        locale: 'de',
        town: 'Wittenburg',
        state: 'DE-MV',
        modules: ['tickets'],
        primaryColor: '#2d6a4f',
        'modules.tickets.office': 'A',
      }),
    });
    expect(shortOffice.stderr).toContain('refused "A": Zu klein');
    expect(shortOffice.stderr).toContain('✖ Etwas ist schiefgegangen');
    expect(asked.map((q) => q.message)).toEqual([
      'Hauptsprache der App / main language of the app',
      'Name der Stadt',
      'Bundesland',
      'Module',
      'Hauptfarbe als Hex-Wert',
      'Fundbüro: Wo liegen die Fundsachen?',
    ]);
    // The prompt's own words (keys, yes and no) follow the question's language.
    expect(asked.map((q) => q.language)).toEqual(Array(6).fill('de'));

    asked.length = 0;
    const badEmail = await runCli([], tmp.path, {
      terminal: true,
      prompt: script({
        locale: 'de',
        town: 'Wittenburg',
        state: 'DE-MV',
        modules: ['news'],
        primaryColor: '#2d6a4f',
        email: 'stadt@wittenburg',
      }),
    });
    expect(badEmail.stderr).toContain(
      'refused "stadt@wittenburg": Bitte eine E-Mail-Adresse wie rathaus@stadt.de eingeben',
    );

    asked.length = 0;
    await runCli([], tmp.path, {
      terminal: true,
      prompt: script({
        locale: 'en',
        town: 'Wittenburg',
        state: 'DE-MV',
        modules: ['tickets'],
        primaryColor: '#2d6a4f',
        'modules.tickets.office': 'A',
      }),
    });
    expect(asked.at(-1)).toEqual({
      name: 'modules.tickets.office',
      message: 'Lost and found: Wo liegen die Fundsachen?',
      language: 'en',
    });
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
    expect(result.stderr).toBe('✖ Abgebrochen\n  Nichts wurde geschrieben.\n');
    expect(await readdir(tmp.path)).toEqual([]);

    const english = await runCli([], tmp.path, {
      terminal: true,
      prompt: scriptedPrompter({ locale: 'en', town: cancelled }),
    });
    expect(english.code).toBe(130);
    expect(english.stderr).toBe('✖ Cancelled\n  Nothing was written.\n');
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
      'git commit --quiet --no-verify --message Erster Commit von create-city-app @/boizenburg-elbe',
    ]);
    expect(result.stdout).toContain('Installation mit pnpm …');
  });

  it('exits with 4 when installing fails, keeping the project', async () => {
    const result = await runCli([...ALL, '--no-git'], tmp.path, { exec: async () => 1 });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('„npm install“ endete mit dem Code 1');
    expect(result.stderr).toContain('Das Projekt selbst ist fertig');

    const english = await runCli([...ALL, '--locale', 'en', '--no-git', 'en'], tmp.path, {
      exec: async () => 1,
    });
    expect(english.code).toBe(4);
    expect(english.stdout).toContain('Installing with npm …');
    expect(english.stderr).toContain('"npm install" exited with code 1');
    expect(english.stderr).toContain('The project itself is ready');
    expect(await listTree(join(tmp.path, 'boizenburg-elbe'))).toContain('package.json');
  });

  it('skips git with a note when git is not installed', async () => {
    const exec = async () => {
      throw Object.assign(new Error('spawn git ENOENT'), { code: 'ENOENT' });
    };
    const result = await runCli([...ALL, '--no-install'], tmp.path, { exec });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Hinweis: Git ist nicht installiert, daher wurde kein Repository angelegt.',
    );
    const english = await runCli([...ALL, '--locale', 'en', '--no-install', 'en'], tmp.path, {
      exec,
    });
    expect(english.stdout).toContain('Note: git is not installed, so no repository was made.');
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
    expect(outside.stdout).toContain('aber nicht in seinem pnpm-Workspace');
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
    expect(help.stdout).toContain('Aufruf: create-city-app [Optionen] [dir]');
    expect(help.stdout).toContain('Optionen:');
    expect(help.stdout).toContain('Exit-Codes:');
    expect(help.stdout).toContain('130  abgebrochen');
    expect(help.stdout).not.toMatch(/--link|default|Usage|Options:/);
    const english = await runCli(['--locale', 'en', '--help'], tmp.path);
    expect(english.stdout).toContain('Usage: create-city-app [options] [dir]');
    expect(english.stdout).toContain('Exit codes:');
    expect(english.stdout).toContain('130  cancelled');
    expect(english.stdout).not.toContain('(default: false)');

    const unknown = await runCli(['--colour', 'red'], tmp.path);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      '✖ Unbekannte Option --colour.\n  → create-city-app --help zeigt die Optionen.\n',
    );
    const typo = await runCli(['--locale=en', '--twon', 'Hagenow'], tmp.path);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('✖ Unknown option --twon. Did you mean --town?');
    expect(typo.stderr).toContain('Run create-city-app --help for the options.');
    const noValue = await runCli(['--town'], tmp.path);
    expect(noValue.stderr).toContain('Die Option --town <name> braucht einen Wert.');
    const tooMany = await runCli(['a', 'b'], tmp.path);
    expect(tooMany.stderr).toContain('Zu viele Argumente');
  });
});
