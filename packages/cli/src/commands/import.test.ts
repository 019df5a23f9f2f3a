import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineCity } from '@city-app/core';
import news from '@city-app/module-news/server';
import { createCityServer, openDatabase } from '@city-app/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCityConfig } from '../project/load-config.js';
import { answersFor, linkPackage, makeProject, runCli, type TestProject } from '../test-support.js';

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Stadt Boizenburg/Elbe</title>
  <item><guid>bzb-41</guid><title>Elbbrücke gesperrt</title><description>Umleitung über die B5.</description>
    <pubDate>Tue, 03 Mar 2026 09:30:00 +0100</pubDate><category>Baustellen</category></item>
  <item><guid>bzb-42</guid><title>Fliesenmuseum öffnet</title><description>Ab Samstag.</description></item>
</channel></rss>`;

let project: TestProject;
let env: Record<string, string>;
const quiet = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  project = await makeProject();
  await linkPackage(project.root, '@city-app/module-news', 'packages/modules/news');
  await project.write('feeds/boizenburg.xml', FEED);
  env = { CITY_APP_DATA_DIR: join(project.root, '.data', 'db') };
  // The first start makes the database: the server applies the migrations and seeds.
  const config = defineCity(
    (await loadCityConfig(project.root)) as Parameters<typeof defineCity>[0],
  );
  const server = await createCityServer(config, {
    root: project.root,
    modules: [news],
    env,
    log: quiet,
    webRoot: false,
  });
  await server.close();
});
afterAll(() => project?.cleanup());

describe('city-app import', () => {
  it('imports news from a feed; a dry run counts, a second run changes nothing', async () => {
    const dry = await runCli(
      ['import', 'news', 'feeds/boizenburg.xml', '--dry-run', '--json'],
      project.root,
      { env },
    );
    expect(dry.stderr).toBe('');
    expect(dry.json()).toMatchObject({
      module: 'news',
      format: 'feed',
      dryRun: true,
      created: 2,
      changed: 0,
      unchanged: 0,
    });

    const first = await runCli(['import', 'news', 'feeds/boizenburg.xml'], project.root, { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'feeds/boizenburg.xml (RSS-2.0- oder Atom-Feed) → news: 2 neu, 0 geändert, 0 unverändert.',
    );

    const second = await runCli(
      ['import', 'news', 'feeds/boizenburg.xml', '--json'],
      project.root,
      { env },
    );
    expect(second.json()).toMatchObject({ created: 0, changed: 0, unchanged: 2 });

    // The database answers `doctor` too, once the server has made it.
    const doctor = await runCli(['doctor', '--json'], project.root, { env });
    const database = doctor.json().checks.find((c: { id: string }) => c.id === 'database');
    expect(database).toMatchObject({ status: 'ok' });
    expect(database.message).toContain('öffnet sich');
  });

  it('decodes a feed in ISO-8859-1 by its XML declaration instead of importing mojibake', async () => {
    const latin1 = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Stadt Boizenburg/Elbe</title>
  <item><guid>bzb-50</guid><title>Fähre über die Elbe fährt wieder</title><description>Ab Montag.</description></item>
</channel></rss>`;
    await writeFile(join(project.root, 'feeds/latin1.xml'), Buffer.from(latin1, 'latin1'));
    const run = await runCli(['import', 'news', 'feeds/latin1.xml', '--json'], project.root, {
      env,
    });
    expect(run.json()).toMatchObject({ created: 1 });
    const db = await openDatabase({ dataDir: env.CITY_APP_DATA_DIR as string });
    try {
      const { rows } = await db.query<{ title: string }>(
        "SELECT title FROM news_articles WHERE title LIKE 'F%hre%'",
      );
      expect(rows.map((r) => r.title)).toEqual(['Fähre über die Elbe fährt wieder']);
    } finally {
      await db.close();
    }
  });

  it('names what is wrong: a module without importer, a missing file, a module not enabled', async () => {
    const notFeed = await runCli(
      ['import', 'news', 'feeds/boizenburg.xml', '--format', 'ical', '--json'],
      project.root,
      { env },
    );
    expect(notFeed.code).toBe(2);
    expect(notFeed.json().error).toMatchObject({ code: 'unknown_format', field: '--format' });
    expect(notFeed.json().error.hint).toBe(
      'Wählen Sie einen mit --format: feed (RSS-2.0- oder Atom-Feed).',
    );
    const missing = await runCli(['import', 'news', 'feeds/none.xml', '--json'], project.root, {
      env,
    });
    expect(missing.json().error).toMatchObject({ code: 'invalid_input', field: 'file' });
    // No file at all: news knows no source of its own, so the command asks for one.
    const none = await runCli(['import', 'news', '--json'], project.root, { env });
    expect(none.code).toBe(2);
    expect(none.json().error).toMatchObject({ code: 'import_file_missing', field: 'file' });
    expect(none.json().error.hint).toContain('city-app import news <');
    const parking = await runCli(
      ['import', 'parking', 'feeds/boizenburg.xml', '--json'],
      project.root,
      { env },
    );
    expect(parking.json().error).toMatchObject({
      code: 'module_not_added',
      field: 'modules.parking',
    });
  });

  it("names the importer and why it skipped an item in the town's language", async () => {
    await project.write(
      'feeds/untitled.xml',
      FEED.replace('<title>Fliesenmuseum öffnet</title>', '<title></title>'),
    );
    const german = await runCli(
      ['import', 'news', 'feeds/untitled.xml', '--dry-run'],
      project.root,
      {
        env,
      },
    );
    expect(german.code).toBe(0);
    expect(german.stdout).toContain(
      'feeds/untitled.xml (RSS-2.0- oder Atom-Feed) → news: 0 neu, 0 geändert, 1 unverändert, 1 übersprungen.',
    );
    expect(german.stdout).toContain('  übersprungen: bzb-42: Titel oder Kennung (guid, id) fehlt');
    const list = await runCli(['import', 'news', '--list'], project.root, { env });
    expect(list.stdout).toContain(
      'Importe des Moduls news:\n  feed: RSS-2.0- oder Atom-Feed\n    für Dateien auf .xml, .rss, .atom\n',
    );

    const config = await project.read('city.config.ts');
    await project.write(
      'city.config.ts',
      config.replace("locales: ['de', 'en']", "locales: ['en', 'de']"),
    );
    try {
      const english = await runCli(
        ['import', 'news', 'feeds/untitled.xml', '--dry-run'],
        project.root,
        { env },
      );
      expect(english.stdout).toContain(
        'feeds/untitled.xml (RSS 2.0 or Atom feed) → news: 0 new, 0 changed, 1 unchanged, 1 skipped.',
      );
      expect(english.stdout).toContain('  skipped bzb-42: it has no title or no id');
      const json = await runCli(
        ['import', 'news', 'feeds/untitled.xml', '--dry-run', '--json'],
        project.root,
        { env },
      );
      expect(json.json().skipped).toEqual([{ item: 'bzb-42', reason: 'it has no title or no id' }]);
      const englishList = await runCli(['import', 'news', '--list'], project.root, { env });
      expect(englishList.stdout).toContain(
        'Importers of module news:\n  feed: RSS 2.0 or Atom feed\n    for files ending .xml, .rss, .atom\n',
      );
    } finally {
      await project.write('city.config.ts', config);
    }
  });
});

describe('city-app import in a project with several modules', () => {
  let town: TestProject;
  let townEnv: Record<string, string>;
  beforeAll(async () => {
    const answers = answersFor('Hagenow');
    answers.city.modules = { news: {}, 'experiment-space': {} };
    town = await makeProject(answers);
    await linkPackage(town.root, '@city-app/module-news', 'packages/modules/news');
    await linkPackage(
      town.root,
      '@city-app/module-experiment-space',
      'packages/modules/experiment-space',
    );
    await town.write('feeds/boizenburg.xml', FEED);
    townEnv = {
      CITY_APP_DATA_DIR: join(town.root, '.data', 'db'),
      CITY_APP_ADMIN_EMAIL: 'it@hagenow.example',
      CITY_APP_ADMIN_PASSWORD: 'lange-elbe-bruecke-2026',
    };
  });
  afterAll(() => town?.cleanup());

  it('imports into one module while the others are enabled too', async () => {
    const run = await runCli(['import', 'news', 'feeds/boizenburg.xml', '--json'], town.root, {
      env: townEnv,
    });
    // The first run prepares the database for both modules, as the server's start would.
    expect(run.stderr).toContain('Die Datenbank wird vorbereitet, wie es der erste Start');
    expect(run.stderr).not.toContain('✖');
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ module: 'news', created: 2 });
  });
});

describe('city-app import on a project whose server never started', () => {
  let fresh: TestProject;
  let freshEnv: Record<string, string>;
  beforeAll(async () => {
    fresh = await makeProject();
    await linkPackage(fresh.root, '@city-app/module-news', 'packages/modules/news');
    await fresh.write('feeds/boizenburg.xml', FEED);
    freshEnv = {
      CITY_APP_DATA_DIR: join(fresh.root, '.data', 'db'),
      CITY_APP_ADMIN_EMAIL: 'it@boizenburg.example',
      CITY_APP_ADMIN_PASSWORD: 'lange-elbe-bruecke-2026',
    };
  });
  afterAll(() => fresh?.cleanup());

  it('refuses a dry run, then prepares the database as the first start does and imports', async () => {
    const dry = await runCli(
      ['import', 'news', 'feeds/boizenburg.xml', '--dry-run', '--json'],
      fresh.root,
      { env: freshEnv },
    );
    expect(dry.code).not.toBe(0);
    expect(dry.json().error).toMatchObject({ code: 'migrations_pending' });
    expect(dry.json().error.message).toContain('ein Probelauf ändert nichts');

    const run = await runCli(['import', 'news', 'feeds/boizenburg.xml'], fresh.root, {
      env: freshEnv,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Die Datenbank wird vorbereitet, wie es der erste Start des Servers tut (2 Migrationen von news:',
    );
    expect(run.stdout).toContain('→ news: 2 neu, 0 geändert, 0 unverändert.');

    // The second run finds the database ready and changes nothing.
    const again = await runCli(['import', 'news', 'feeds/boizenburg.xml', '--json'], fresh.root, {
      env: freshEnv,
    });
    expect(again.json()).toMatchObject({ created: 0, changed: 0, unchanged: 2 });
    expect(again.stderr).not.toContain('vorbereitet');
    expect(again.stdout).not.toContain('vorbereitet');
  });
});

describe('city-app import from a web address', () => {
  it('fetches the feed once and imports it as a file; an address that fails is named', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      if (req.url === '/feeds/boizenburg.xml') {
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        res.end(FEED.replace('bzb-41', 'bzb-web-41').replace('bzb-42', 'bzb-web-42'));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    try {
      const run = await runCli(
        ['import', 'news', `http://127.0.0.1:${port}/feeds/boizenburg.xml`, '--json'],
        project.root,
        { env },
      );
      expect(run.stderr).toBe('');
      expect(run.json()).toMatchObject({ module: 'news', format: 'feed', created: 2 });
      const missing = await runCli(
        ['import', 'news', `http://127.0.0.1:${port}/feeds/gone.xml`],
        project.root,
        { env },
      );
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain(`http://127.0.0.1:${port}/feeds/gone.xml: HTTP 404`);
    } finally {
      server.close();
    }
  });
});
