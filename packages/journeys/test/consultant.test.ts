// A consultant sets up a freshly generated town with the project's own `city-app`, as a
// person runs it in a terminal: adds the events module the town was made without, validates
// the config (a misspelt key first), imports a real iCalendar export, updates the templates
// over a local change that conflicts (every command and the build refuse, naming the file,
// until it is resolved), and ends with `city-app doctor` and what the town still has to fill
// in. A resident then finds the imported event in the built app in Chromium.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Cleanup,
  childEnv,
  expectOk,
  launchChromium,
  type RunResult,
  run,
  startTown,
} from '../../create-city-app/test/e2e/support.js';
import { AxeReport, chromium, journeysRun, phonePage } from './support/journey.js';
import { madeWithOlderTemplates } from './support/older-templates.js';
import { generateTownWithout } from './support/town-without.js';

const TOWN = { name: 'Teterow', slug: 'teterow', state: 'DE-MV' };
const ADMIN = { email: 'it@teterow.example', password: 'Peene-Kanal-2027-Rathaus' };
// A school-holidays calendar as Nextcloud exports it: one all-day event, no category.
const SAMPLE = fileURLToPath(new URL('fixtures/icalendar/school-holidays.ics', import.meta.url));
// Its first day in the coming summer, after the calendar's next export (see the import).
const IMPORTED = {
  title: 'Sommerferien Sachsen',
  day: `${new Date().getFullYear() + 1}-07-02`,
};
// English words the German texts of create-city-app, `city-app add` and `config validate`
// must not hold.
const ENGLISH = /\b(the|and|added|restart|already|next|files?|modules?)\b/i;

/** What the command printed on both streams, for messages that name a file. */
const printed = (result: RunResult) => `${result.stdout}\n${result.stderr}`;

/**
 * The lines `city-app add` wrote for people: the install's announcement and what follows
 * the package manager's output (the diff before them is the files' own text).
 */
function addSaid(stdout: string): string[] {
  const lines = stdout.split('\n');
  const installing = lines.findIndex((line) => line.startsWith('Installation mit pnpm'));
  const added = lines.findIndex((line) => line.startsWith('✔ '));
  expect(installing, stdout).toBeGreaterThanOrEqual(0);
  expect(added, stdout).toBeGreaterThan(installing);
  return [lines[installing] as string, ...lines.slice(added).filter((line) => line.trim())];
}

describe.skipIf(!journeysRun)(
  `a consultant sets up ${TOWN.name}: add → validate → import → update with a conflict → doctor`,
  { timeout: 240_000 },
  () => {
    const cleanup = new Cleanup();
    const axe = new AxeReport();
    let workspace: string;
    let project: string;
    let dataDir: string;
    let generated: RunResult;

    /** `pnpm city-app …` in the project, without a terminal, as a script or a person runs it. */
    const cityApp = (...args: string[]) =>
      run('pnpm', ['city-app', ...args], {
        cwd: project,
        env: childEnv({ CITY_APP_DATA_DIR: dataDir, DATABASE_URL: '' }),
        timeoutMs: 120_000,
      });
    const build = () => run('pnpm', ['build'], { cwd: project, timeoutMs: 180_000 });

    beforeAll(async () => {
      const town = await generateTownWithout(TOWN, 'events', cleanup);
      ({ workspace, project, generated } = town);
      dataDir = join(workspace, 'data');
    }, 240_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    it('create-city-app made the town in German, without the events module', async () => {
      expect(generated.stdout).toContain(`Die App von ${TOWN.name} liegt in ${TOWN.slug}`);
      // Its words, not the commands it shows (after two spaces) nor their comments.
      const said = generated.stdout
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('  '));
      for (const line of said) expect(line).not.toMatch(ENGLISH);
      expect(await readFile(join(project, 'city.config.ts'), 'utf8')).not.toMatch(/\bevents:/);
    });

    it('city-app add events: the module, its options and starting content, told in German', async () => {
      const added = await cityApp('add', 'events', '--yes');
      expectOk(added, 'city-app add events');
      const said = addSaid(added.stdout);
      expect(said).toEqual([
        'Installation mit pnpm …',
        expect.stringMatching(/^✔ events hinzugefügt \(@city-app\/module-events link:.*\)\.$/),
        '  Starten Sie den Server neu: Die Migrationen des Moduls laufen, seine Seiten erscheinen unter /veranstaltungen.',
      ]);
      for (const line of said) expect(line.replace(/\(.*\)/, '')).not.toMatch(ENGLISH);
      expect(await readFile(join(project, 'city.config.ts'), 'utf8')).toMatch(/^\s+events: \{/m);
      const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8'));
      expect(manifest.dependencies['@city-app/module-events']).toMatch(/^link:/);
      await readFile(join(project, 'content', 'events', 'events.yaml'), 'utf8');
    });

    it('city-app config validate: a misspelt key is named with "did you mean", then passes', async () => {
      const file = join(project, 'city.config.ts');
      const config = await readFile(file, 'utf8');
      await writeFile(file, config.replace(/^(\s+)feedbackEmail:/m, '$1feedbakEmail:'));
      const typo = await cityApp('config', 'validate');
      expect(typo.code).toBe(1);
      // The town's language (German), as the app and `city-app add` speak it.
      expect(typo.stderr).toContain('✖ Die Konfiguration der Stadt ist ungültig');
      expect(typo.stderr).toContain('legal.feedbakEmail: ist hier keine Option.');
      expect(typo.stderr).toContain('Meinten Sie „feedbackEmail“?');
      expect(typo.stderr).not.toMatch(ENGLISH);
      expect(typo.stderr).not.toMatch(/^\s+at /m);

      await writeFile(file, config);
      const valid = await cityApp('config', 'validate');
      expectOk(valid, 'city-app config validate');
      expect(valid.stdout).toMatch(/city\.config\.ts ist gültig \(Module: .*\bevents\b/);
    });

    it('city-app import events: the iCalendar export, then its next year’s export', async () => {
      // The export names no category the town has, so the consultant gives one.
      const imported = await cityApp('import', 'events', SAMPLE, '--category', 'kultur');
      expectOk(imported, 'city-app import events --category kultur');
      // The importer named in the town's language too.
      expect(imported.stdout).toContain(
        '(iCalendar (RFC 5545): Veranstaltungen mit Serien, abgesagten und verschobenen Terminen) → events: 1 neu, 0 geändert, 0 unverändert.',
      );

      // The calendar moves on to the coming summer; its new export, under the same name,
      // changes the event instead of adding a second one.
      const nextYear = join(workspace, 'export', basename(SAMPLE));
      await mkdir(dirname(nextYear), { recursive: true });
      await writeFile(
        nextYear,
        (await readFile(SAMPLE, 'utf8')).replace(
          /^(DT(?:START|END)[^:\r\n]*:)2018/gm,
          `$1${IMPORTED.day.slice(0, 4)}`,
        ),
      );
      const again = await cityApp('import', 'events', nextYear, '--category', 'kultur');
      expectOk(again, 'city-app import events (next year)');
      expect(again.stdout).toContain('→ events: 0 neu, 1 geändert, 0 unverändert.');
    });

    it('city-app update over a local change: markers, and everything refuses until resolved', async () => {
      // Made with the older templates; the town had raised the limit of a request's body.
      await madeWithOlderTemplates(project, (path, text) =>
        path === 'src/server.ts'
          ? text.replace(
              'createCityServer(config)',
              'createCityServer(config, { maxBodyBytes: 12 * 1024 * 1024 })',
            )
          : text,
      );
      const update = await cityApp('update', '--yes');
      expect(update.code).toBe(1);
      expect(update.stdout).toMatch(/Vorlagen 0\.0\.9 → \d+\.\d+\.\d+: 2 Dateien geändert\./);
      expect(update.stdout).toContain('aktualisiert: .gitignore');
      expect(update.stdout).toContain(
        '✖ Konflikte (lösen Sie die Marken <<<<<<< … >>>>>>> auf): src/server.ts',
      );
      const server = await readFile(join(project, 'src', 'server.ts'), 'utf8');
      expect(server).toContain('<<<<<<< ours (this project)');
      expect(server).toContain('createCityServer(config, { maxBodyBytes: 12 * 1024 * 1024 })');
      expect(server).toMatch(/>>>>>>> theirs \(templates \d+\.\d+\.\d+\)/);

      const naming = {
        de: 'Dateien, die noch Konfliktmarken enthalten (<<<<<<< … >>>>>>>): src/server.ts.',
        // The build's log is the operators', in English as the server's.
        en: 'Files that still hold conflict markers (<<<<<<< … >>>>>>>): src/server.ts.',
      };
      // Each only reads the project, so they run side by side.
      const [secondUpdate, doctor, validate, refusedBuild] = await Promise.all([
        cityApp('update', '--yes'),
        cityApp('doctor'),
        cityApp('config', 'validate'),
        build(),
      ]);
      const refusals = {
        'city-app update': secondUpdate,
        'city-app doctor': doctor,
        'city-app config validate': validate,
        'pnpm build': refusedBuild,
      };
      for (const [command, result] of Object.entries(refusals)) {
        expect(result.code, command).not.toBe(0);
        expect(printed(result), command).toContain(
          command === 'city-app doctor'
            ? 'Ungelöste Konfliktmarken (<<<<<<< … >>>>>>>) in src/server.ts.'
            : naming[command === 'pnpm build' ? 'en' : 'de'],
        );
        // A list with what to do: no call frames, no error object dumped.
        expect(printed(result), command).not.toMatch(/^\s+at |\btexts: \{/m);
      }

      // Resolved as the templates have it: the town's option moves into the new call.
      await writeFile(
        join(project, 'src', 'server.ts'),
        server
          .replace(/<<<<<<< [\s\S]*?=======\n([\s\S]*?)>>>>>>> .*\n/, '$1')
          .replace(
            'createCityServer(config, { root })',
            'createCityServer(config, { root, maxBodyBytes: 12 * 1024 * 1024 })',
          ),
      );
      expectOk(await cityApp('config', 'validate'), 'city-app config validate');
      const again = await cityApp('update', '--yes');
      expectOk(again, 'city-app update');
      expect(again.stdout).toMatch(/Auf dem Stand der Vorlagen \d+\.\d+\.\d+\./);
      expectOk(await build(), 'pnpm build');
    });

    it('city-app doctor: nothing to fix, and the list of what the town still fills in', async () => {
      const doctor = await cityApp('doctor');
      expectOk(doctor, 'city-app doctor');
      expect(doctor.stdout).toContain('✔ Keine ungelösten Konfliktmarken.');
      expect(doctor.stdout).toContain('✔ city.config.ts ist gültig.');
      const placeholders = doctor.stdout
        .split('\n')
        .filter((line) => line.startsWith('! Noch einzutragen:'));
      for (const where of [
        'legal.imprint.address in city.config.ts',
        'legal.imprint.phone in city.config.ts',
        'legal.accessibility.statementDate in city.config.ts',
        'public/logo.svg',
      ])
        expect(placeholders.join('\n')).toContain(where);
      expect(doctor.stdout).toMatch(/\nNichts zu beheben\.\n?$/);
      expect(doctor.stdout).not.toMatch(/Still to fill in|Nothing|is valid/);
    });

    it('a resident finds the imported event in the built app', async () => {
      const server = await startTown(project, { dataDir, admin: ADMIN }, cleanup);
      const browser: Browser = await launchChromium(chromium as string, cleanup);
      const dates = await fetch(
        `${server.url}/api/events/dates?from=${IMPORTED.day}&to=${IMPORTED.day}`,
      );
      expect(dates.status).toBe(200);
      const { items } = (await dates.json()) as {
        items: { eventId: string; title: { de: string } }[];
      };
      const event = items.find((d) => d.title.de === IMPORTED.title);
      expect(event, `${IMPORTED.title} on ${IMPORTED.day}`).toBeDefined();

      const page = await phonePage(browser, 'de-DE');
      await page.goto(`${server.url}/veranstaltungen/${event?.eventId}`, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: IMPORTED.title }).waitFor();
      await page.getByText('Deine Ferien. In deinem Kalender. Immer aktuell.').waitFor();
      await axe.check(page, '/veranstaltungen/:id');
      expect(axe.toString()).toBe('');
    });
  },
);
