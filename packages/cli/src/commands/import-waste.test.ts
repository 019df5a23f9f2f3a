import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFor, linkPackage, makeProject, runCli, type TestProject } from '../test-support.js';

// The waste calendar's importers through the command: a county's CSV and one street's
// iCalendar file, named after the street.
const CSV = [
  'Straße;Hausnummern;Abfallart;Datum',
  'Bahnhofstraße;1-19 ungerade;Restabfall;05.01.2027',
  'Bahnhofstraße;2-20 gerade;Restabfall;06.01.2027',
  'Mühlenweg;;Papier;2027-01-07',
  'Mühlenweg;;Schadstoffmobil;2027-01-08',
].join('\r\n');
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Landkreis//Abfall//DE',
  'BEGIN:VEVENT',
  'UID:lange-1@abfall.example',
  'DTSTAMP:20261201T080000Z',
  'DTSTART;VALUE=DATE:20270112',
  'SUMMARY:Abfuhr: Gelbe Tonne',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:lange-2@abfall.example',
  'DTSTAMP:20261201T080000Z',
  'DTSTART;VALUE=DATE:20270126',
  'SUMMARY:Abfuhr: Gelbe Tonne',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('city-app import waste', () => {
  let town: TestProject;
  let env: Record<string, string>;
  beforeAll(async () => {
    const answers = answersFor('Hagenow');
    answers.city.modules = { waste: {} };
    town = await makeProject(answers);
    await linkPackage(town.root, '@city-app/module-waste', 'packages/modules/waste');
    await town.write('abfall/kreis.csv', CSV);
    await town.write('abfall/Lange_Straße.ics', ICS);
    await town.write('abfall/kaputt.csv', 'Gasse;Sorte\r\nNeue Straße;Papier');
    env = {
      CITY_APP_DATA_DIR: join(town.root, '.data', 'db'),
      CITY_APP_ADMIN_EMAIL: 'it@hagenow.example',
      CITY_APP_ADMIN_PASSWORD: 'lange-elbe-bruecke-2026',
    };
  });
  afterAll(() => town?.cleanup());

  it('imports a CSV and a per-street calendar; again, nothing changes; a bad file writes nothing', async () => {
    const first = await runCli(['import', 'waste', 'abfall/kreis.csv', '--json'], town.root, {
      env,
    });
    expect(first.code).toBe(0);
    expect(first.json()).toMatchObject({ module: 'waste', format: 'csv', created: 3, changed: 0 });
    // Why, in the town's language, --json included.
    expect(first.json().skipped[0]).toEqual({
      item: 'Schadstoffmobil',
      reason:
        '1 Termin: Diesem Text ist keine Abfallart zugeordnet (ordnen Sie ihn zu, dann importieren Sie erneut)',
    });

    const again = await runCli(['import', 'waste', 'abfall/kreis.csv', '--json'], town.root, {
      env,
    });
    expect(again.json()).toMatchObject({ created: 0, changed: 0, unchanged: 3 });

    const dry = await runCli(
      ['import', 'waste', 'abfall/Lange_Straße.ics', '--dry-run', '--json'],
      town.root,
      { env },
    );
    expect(dry.json()).toMatchObject({ format: 'ics', dryRun: true, created: 2 });
    const street = await runCli(['import', 'waste', 'abfall/Lange_Straße.ics'], town.root, { env });
    expect(street.stdout).toContain(
      'abfall/Lange_Straße.ics (iCalendar einer Straße oder eines Gebiets (nach dem Dateinamen benannt)) → waste: 2 neu, 0 geändert, 0 unverändert.',
    );

    const bad = await runCli(
      ['import', 'waste', 'abfall/kaputt.csv', '--format', 'csv'],
      town.root,
      {
        env,
      },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Die CSV-Datei hat keine erkennbare Kopfzeile');
    const after = await runCli(['import', 'waste', 'abfall/kreis.csv', '--json'], town.root, {
      env,
    });
    expect(after.json()).toMatchObject({ created: 0, unchanged: 3 });
  }, 120_000);

  it("lists the importers, what each reads and its options, in the town's language", async () => {
    const list = await runCli(['import', 'waste', '--list'], town.root, { env });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Importe des Moduls waste:\n');
    expect(list.stdout).toContain(
      '  ics: iCalendar einer Straße oder eines Gebiets (nach dem Dateinamen benannt)\n    für Dateien auf .ics, .ical; --format ics\n    --location <Wert>: die Straße oder das Gebiet der Datei',
    );
    expect(list.stdout).toContain('  sva: Export der Smart Village App für eine Straße');
    expect(list.stdout).toContain('    nur mit --format; --format sva');
    expect(list.stdout).toContain('Importieren mit: city-app import waste <Datei oder Adresse>');
    const json = await runCli(['import', 'waste', '--list', '--json'], town.root, { env });
    expect(json.json().importers.map((i: { format: string }) => i.format)).toEqual([
      'ics',
      'csv',
      'sva',
    ]);
    expect(json.json().importers[1]).toEqual({
      format: 'csv',
      description: 'CSV: Straße, Hausnummern, Abfallart, Datum',
      extensions: ['.csv'],
      options: [],
      ownSource: false,
    });
  });
});
