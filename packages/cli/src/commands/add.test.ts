import { join } from 'node:path';
import { defineCity } from '@city-app/core';
import experimentSpaceManifest from '@city-app/module-experiment-space';
import { createCityServer } from '@city-app/server';
import { bundledModules, renderProject } from 'create-city-app';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCityConfig } from '../project/load-config.js';
import type { AvailableModule } from '../project/modules.js';
import {
  answersFor,
  linkPackage,
  makeProject,
  newsModule,
  parkingModule,
  runCli,
  scriptedPrompter,
  type TestProject,
} from '../test-support.js';

let project: TestProject;
beforeEach(async () => {
  project = await makeProject();
});
afterEach(() => project.cleanup());

describe('city-app add', () => {
  it('adds the package and the options with defaults, as the templates would render them', async () => {
    const before = await project.snapshot();
    const run = await runCli(
      ['add', 'parking', '--set', 'freeMinutes=60', '--yes', '--no-install'],
      project.root,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+    "@city-app/module-parking": "^0.1.0",');
    expect(run.stdout).toContain('+    parking: {');

    const after = await project.snapshot();
    const changed = Object.keys(after)
      .filter((p) => after[p] !== before[p])
      .sort();
    expect(changed).toEqual(['.city-app.json', 'city.config.ts', 'package.json']);

    // The same project, generated with parking from the start: byte for byte.
    const record = JSON.parse(after['.city-app.json'] as string);
    expect(record.answers.city.modules.parking).toEqual({
      operator: 'Stadtverwaltung',
      freeMinutes: 60,
      zones: ['Altstadt', 'Bahnhof'],
    });
    const regenerated = renderProject(record.answers, {
      modules: [...bundledModules, parkingModule],
    });
    expect(after['city.config.ts']).toBe(regenerated.read('city.config.ts'));
    expect(after['package.json']).toBe(regenerated.read('package.json'));
    expect(after['.city-app.json']).toBe(regenerated.read('.city-app.json'));

    const validate = await runCli(['config', 'validate'], project.root);
    expect(validate.code).toBe(0);
  });

  it('then remove leaves the project as it was', async () => {
    const before = await project.snapshot();
    expect((await runCli(['add', 'parking', '--yes', '--no-install'], project.root)).code).toBe(0);
    const run = await runCli(
      ['remove', 'parking', '--yes', '--no-install', '--json'],
      project.root,
    );
    expect(run.code).toBe(0);
    expect(run.json().written).toBe(true);
    expect(await project.snapshot()).toEqual(before);
  });

  it('keeps the base snapshot current, so update after add finds nothing to merge', async () => {
    const generated = await makeProject(answersFor('Lübtheen'), {}, { base: true });
    try {
      const before = await generated.snapshot();
      const add = await runCli(
        ['add', 'parking', '--yes', '--no-install', '--json'],
        generated.root,
      );
      expect(add.code).toBe(0);
      // The diff shows the project's files, not the snapshot's.
      expect(add.json().changes.map((c: { path: string }) => c.path)).toEqual([
        'city.config.ts',
        'package.json',
        '.city-app.json',
      ]);
      expect(await generated.read('.city-app/base/package.json')).toContain('module-parking');
      const update = await runCli(['update', '--yes'], generated.root);
      expect(update.stdout).toContain('Auf dem Stand der Vorlagen');
      expect(
        (await runCli(['remove', 'parking', '--yes', '--no-install'], generated.root)).code,
      ).toBe(0);
      expect(await generated.snapshot()).toEqual(before);
    } finally {
      await generated.cleanup();
    }
  });

  it('removes a module the project was generated with, and says where its data stays', async () => {
    await linkPackage(project.root, '@city-app/module-news', 'packages/modules/news');
    const run = await runCli(['remove', 'news', '--yes', '--no-install'], project.root);
    expect(run.code).toBe(0);
    expect(await project.read('city.config.ts')).toContain('  modules: {},\n');
    expect(await project.read('package.json')).not.toContain('module-news');
    // What stays is listed, in the town's language (German first).
    expect(run.stdout).toContain('Im Projekt bleibt:');
    expect(run.stdout).toContain('Daten in der Datenbank: Tabellen news_articles');
    expect(run.stdout).toContain('Inhalte: content/news/01-die-app-ist-da.md, content/news/02-');
    expect(run.stdout).toContain("DELETE FROM city_app_migrations WHERE module = 'news'");
    expect(run.stdout).toContain('die Ordner content/news/ löschen');
    expect(await project.read('content/news/01-die-app-ist-da.md')).toContain('publishedAt');
    // And back again, as it was generated; the content the town kept is not overwritten.
    await project.write('content/news/01-die-app-ist-da.md', 'the town’s own words\n');
    const again = await runCli(['add', 'news', '--yes', '--no-install', '--json'], project.root);
    expect(again.code).toBe(0);
    expect(await project.read('city.config.ts')).toContain('    news: {\n      perPage: 10,\n');
    expect(await project.read('content/news/01-die-app-ist-da.md')).toBe('the town’s own words\n');
    expect(again.json().skipped).toEqual([
      'content/news/01-die-app-ist-da.md',
      'content/news/02-offene-sprechstunde-im-rathaus.md',
      'content/news/03-smartphone-hilfe-in-der-bibliothek.md',
    ]);
    expect(again.json().notes[0]).toMatch(/^Schon im Projekt, daher nicht überschrieben: content/);
  });

  it("copies a module's starting content from its package, as a new project with it gets it", async () => {
    const without = await makeProject(
      answersFor('Lübtheen', {
        city: { ...answersFor('Lübtheen').city, locales: ['en', 'de'], modules: {} },
      }),
      {},
      { base: true },
    );
    try {
      await without.write('content/news/02-offene-sprechstunde-im-rathaus.md', 'ours\n');
      const add = await runCli(['add', 'news', '--yes', '--no-install'], without.root);
      expect(add.code).toBe(0);
      // A town whose first language is English reads English.
      expect(add.stdout).toContain(
        'Already in the project, so not overwritten: content/news/02-offene-sprechstunde-im-rathaus.md.',
      );
      const record = JSON.parse(await without.read('.city-app.json'));
      const fresh = renderProject(record.answers);
      expect(await without.read('content/news/01-die-app-ist-da.md')).toBe(
        fresh.read('content/news/01-die-app-ist-da.md'),
      );
      expect(await without.read('content/news/01-die-app-ist-da.md')).toContain('Lübtheen');
      expect(await without.read('content/news/02-offene-sprechstunde-im-rathaus.md')).toBe(
        'ours\n',
      );
      // The snapshot knows the content, so update has nothing to add or merge.
      expect(await without.read('.city-app/base/content/news/01-die-app-ist-da.md')).toBe(
        fresh.read('content/news/01-die-app-ist-da.md'),
      );
      const update = await runCli(['update', '--yes'], without.root);
      // This town's first language is English.
      expect(update.stdout).toContain('Up to date with the templates');
      expect(await without.read('content/news/02-offene-sprechstunde-im-rathaus.md')).toBe(
        'ours\n',
      );
    } finally {
      await without.cleanup();
    }
  });

  it('shows the diff and writes nothing with --dry-run, or without a terminal and --yes', async () => {
    const before = await project.snapshot();
    const dry = await runCli(['add', 'parking', '--dry-run'], project.root);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('--- a/city.config.ts');
    expect(dry.stdout).toContain('Probelauf: Es wurde nichts geschrieben.');
    const refused = await runCli(['add', 'parking', '--json'], project.root);
    expect(refused.code).toBe(2);
    expect(refused.json().error.code).toBe('needs_confirmation');
    expect(await project.snapshot()).toEqual(before);
  });

  it('asks for the options marked for asking when a terminal is attached, then confirms', async () => {
    const prompt = scriptedPrompter({
      'modules.parking.operator': 'Stadtwerke Boizenburg',
      confirm: true,
    });
    const run = await runCli(['add', 'parking', '--no-install'], project.root, {
      terminal: true,
      prompt,
    });
    expect(run.code).toBe(0);
    expect(prompt.asked).toEqual(['modules.parking.operator', 'confirm']);
    // The prompts' key hints and yes/no follow the town's language.
    expect(prompt.languages).toEqual(['de', 'de']);
    expect(await project.read('city.config.ts')).toContain("operator: 'Stadtwerke Boizenburg',");

    const declined = scriptedPrompter({ confirm: false });
    const again = await runCli(['remove', 'parking', '--no-install'], project.root, {
      terminal: true,
      prompt: declined,
    });
    expect(again.code).toBe(130);
    expect(await project.read('city.config.ts')).toContain('parking');

    const left = Object.assign(new Error('User force closed the prompt'), {
      name: 'ExitPromptError',
    });
    const before = await project.snapshot();
    const cancelled = await runCli(['remove', 'parking', '--no-install'], project.root, {
      terminal: true,
      prompt: scriptedPrompter({ confirm: left }),
    });
    expect(cancelled.code).toBe(130);
    expect(cancelled.stderr).toContain('Abgebrochen');
    expect(cancelled.stderr).not.toContain('Cancelled');
    expect(await project.snapshot()).toEqual(before);
  });

  it('refuses bad options naming the field, and unknown or added modules', async () => {
    const before = await project.snapshot();
    const bad = await runCli(
      ['add', 'parking', '--set', 'freeMinutes=999', '--set', 'zones=[]', '--yes', '--json'],
      project.root,
    );
    expect(bad.code).toBe(2);
    expect(bad.json().error.field).toBe('modules.parking.freeMinutes');
    // In the town's language, as what add prints: German here.
    const human = await runCli(
      ['add', 'parking', '--set', 'freeMinutes=999', '--set', 'freeMinuts=5', '--yes'],
      project.root,
    );
    expect(human.stderr).toContain('• modules.parking.freeMinutes: Zu groß');
    expect(human.stderr).toContain(
      '• modules.parking.freeMinuts: ist hier keine Option. — Meinten Sie „freeMinutes“?',
    );
    expect(human.stderr).not.toMatch(/is not an option|Too big/);
    const unknown = await runCli(['add', 'tram', '--yes', '--json'], project.root);
    expect(unknown.code).toBe(2);
    expect(unknown.json().error).toMatchObject({ code: 'unknown_module', field: 'modules.tram' });
    const twice = await runCli(['add', 'news', '--yes', '--json'], project.root);
    expect(twice.json().error.code).toBe('module_already_added');
    const notThere = await runCli(['remove', 'parking', '--yes', '--json'], project.root);
    expect(notThere.json().error.code).toBe('module_not_added');
    expect(await project.snapshot()).toEqual(before);
  });

  it('installs with the project package manager, and says when that fails', async () => {
    const calls: string[] = [];
    const ok = await runCli(['add', 'parking', '--yes'], project.root, {
      exec: async (command, args, { cwd }) => {
        calls.push(`${command} ${args.join(' ')} in ${cwd === project.root ? 'project' : cwd}`);
        return 0;
      },
    });
    expect(ok.code).toBe(0);
    // The lock file must follow the added dependency, also where CI=true freezes it.
    expect(calls).toEqual(['pnpm install --no-frozen-lockfile in project']);
    const failing = await runCli(['remove', 'parking', '--yes'], project.root, {
      exec: async () => 1,
    });
    expect(failing.code).toBe(4);
    expect(failing.stderr).toContain('Die Dateien wurden geschrieben.');
  });

  it('uses the same package source as the other @city-app packages', async () => {
    const linked = await makeProject(
      answersFor('Lauenburg', { packageSource: { kind: 'link', root: '/opt/city-app' } }),
    );
    try {
      await runCli(['add', 'parking', '--yes', '--no-install'], linked.root);
      const pkg = JSON.parse(await linked.read('package.json'));
      expect(pkg.dependencies['@city-app/module-parking']).toBe(
        'link:/opt/city-app/packages/modules/parking',
      );
    } finally {
      await linked.cleanup();
    }
  });
});

describe('city-app add experiment-space, on a real server', () => {
  it('makes its routes appear after a restart; remove hides them and keeps its data', async () => {
    const experimentSpace: AvailableModule = {
      manifest: experimentSpaceManifest,
      packageName: '@city-app/module-experiment-space',
      folder: 'packages/modules/experiment-space',
      source: 'installed',
      starter: bundledModules.find((m) => m.manifest.id === 'experiment-space')?.starter ?? [],
    };
    const modules = [newsModule, experimentSpace];
    await linkPackage(project.root, '@city-app/module-news', 'packages/modules/news');
    const env = { CITY_APP_DATA_DIR: join(project.root, '.data', 'db') };
    const start = async () => {
      const config = defineCity(
        (await loadCityConfig(project.root)) as Parameters<typeof defineCity>[0],
      );
      return createCityServer(config, {
        root: project.root,
        env: {
          ...env,
          CITY_APP_NOTIFY_WORKER: 'off',
          CITY_APP_MAIL_DIR: join(project.root, 'mail'),
        },
        log: { info() {}, warn() {}, error() {} },
        webRoot: false,
      });
    };
    const before = await start();
    expect((await before.app.request('/api/experiment-space')).status).toBe(404);
    await before.close();

    const add = await runCli(['add', 'experiment-space', '--yes', '--no-install'], project.root, {
      modules,
    });
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('seine Seiten erscheinen unter /experimentierraum');
    // Its pictures come from its package.
    expect(await project.read('public/modules/experiment-space/3d-drucker.svg')).toMatch(/^<svg/);
    // What the package manager's install does.
    await linkPackage(
      project.root,
      '@city-app/module-experiment-space',
      'packages/modules/experiment-space',
    );
    const added = await start();
    const catalogue = await added.app.request('/api/experiment-space');
    expect(catalogue.status).toBe(200);
    const openApi = (await (await added.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openApi.paths)).toContain('/api/experiment-space/bookings');
    const tables = await added.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name LIKE 'experiment_space%'",
    );
    expect(tables.rows[0]?.n).toBeGreaterThan(0);
    await added.close();

    const remove = await runCli(
      ['remove', 'experiment-space', '--yes', '--no-install'],
      project.root,
      {
        modules,
      },
    );
    expect(remove.code).toBe(0);
    expect(remove.stdout).toContain('Bilder und Dateien: public/modules/experiment-space/');
    // Its own tables; the booking core's are shared (the kernel set them up), not the module's.
    expect(remove.stdout).toMatch(/Daten in der Datenbank: Tabellen experiment_space_/);
    expect(remove.stdout).not.toMatch(/Tabellen [^\n]*booking_/);
    const removed = await start();
    expect((await removed.app.request('/api/experiment-space')).status).toBe(404);
    // Its data stays where it was, as remove said.
    const kept = await removed.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name LIKE 'experiment_space%'",
    );
    expect(kept.rows[0]?.n).toBe(tables.rows[0]?.n);
    await removed.close();
    // Three starts of an embedded database in a data folder: under CI, with other suites
    // running at once, they take far longer than the preset's 90 s. Not a speed test.
  }, 300_000);
});
