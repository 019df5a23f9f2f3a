import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFor, linkPackage, makeProject, runCli, type TestProject } from '../test-support.js';

// A per-street calendar through the command: the street named with --location, the file
// written by an office tool in ISO-8859-1 ("Restmüll" as the byte 0xFC).
const CSV = [
  'Straße;Hausnummern;Abfallart;Datum',
  'Lindenweg;1-19 ungerade;Restabfall;05.01.2027',
  'Lindenweg;2-20 gerade;Restabfall;06.01.2027',
  'Mühlenweg;;Papier;2027-01-07',
].join('\r\n');
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Landkreis//Abfall//DE',
  ...['20270112', '20270126'].flatMap((day) => [
    'BEGIN:VEVENT',
    `UID:muehle-${day}@abfall.example`,
    'DTSTAMP:20261201T080000Z',
    `DTSTART;VALUE=DATE:${day}`,
    'SUMMARY:Abfuhr: Restmüll',
    'END:VEVENT',
  ]),
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('city-app import waste with --location', () => {
  let town: TestProject;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(['import', 'waste', ...args], town.root, { env });
  beforeAll(async () => {
    const answers = answersFor('Hagenow');
    answers.city.modules = { waste: {} };
    town = await makeProject(answers);
    await linkPackage(town.root, '@city-app/module-waste', 'packages/modules/waste');
    await town.write('abfall/kreis.csv', CSV);
    await writeFile(join(town.root, 'abfall', 'abfuhr-2027.ics'), Buffer.from(ICS, 'latin1'));
    env = {
      CITY_APP_DATA_DIR: join(town.root, '.data', 'db'),
      CITY_APP_ADMIN_EMAIL: 'it@hagenow.example',
      CITY_APP_ADMIN_PASSWORD: 'lange-elbe-bruecke-2026',
    };
    expect((await cli('abfall/kreis.csv')).code).toBe(0);
  }, 120_000);
  afterAll(() => town?.cleanup());

  it('puts a Latin-1 per-street file on the street --location names', async () => {
    const dry = await cli(
      'abfall/abfuhr-2027.ics',
      '--location',
      'Muehlenweg',
      '--dry-run',
      '--json',
    );
    expect(dry.code).toBe(0);
    // "Restmüll" read right: mapped to Restabfall, nothing skipped.
    expect(dry.json()).toMatchObject({ format: 'ics', created: 2, skipped: [] });
    const real = await cli('abfall/abfuhr-2027.ics', '--location=Mühlenweg');
    expect(real.stdout).toContain('→ waste: 2 neu, 0 geändert, 0 unverändert.');
    const again = await cli('abfall/abfuhr-2027.ics', '--location', 'Mühlenweg', '--json');
    expect(again.json()).toMatchObject({ created: 0, unchanged: 2 });
  }, 120_000);

  it('lists the parts of a split street instead of guessing one', async () => {
    const split = await cli('abfall/abfuhr-2027.ics', '--location', 'Lindenweg');
    expect(split.code).toBe(2);
    expect(split.stderr).toContain(
      '„Lindenweg“ passt auf 2 Straßen oder Abschnitte: „Lindenweg, 1–19',
    );
    const one = await cli('abfall/abfuhr-2027.ics', '--location', 'Lindenweg 2-20', '--json');
    expect(one.json()).toMatchObject({ created: 2 });
  }, 120_000);

  it('refuses an option the importer does not take, or one without its value', async () => {
    const street = await cli('abfall/abfuhr-2027.ics', '--street', 'Mühlenweg', '--json');
    expect(street.code).toBe(2);
    expect(street.json().error).toMatchObject({
      code: 'invalid_import_option',
      field: '--street',
      message: 'Der Import ics von waste kennt die Option --street nicht.',
      hint: 'Er kennt: --location.',
    });
    const empty = await cli('abfall/abfuhr-2027.ics', '--location', '--json');
    expect(empty.json().error).toMatchObject({ field: '--location' });
    expect(empty.json().error.message).toContain('braucht --location');
    const csv = await cli('abfall/kreis.csv', '--location', 'Mühlenweg', '--json');
    expect(csv.json().error).toMatchObject({ field: '--location', hint: 'Er kennt: —.' });
  }, 120_000);

  it('tells in --help that importers take options of their own', async () => {
    const help = await runCli(['import', '--help'], town.root, { env });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--location "Bahnhofstraße 1-49"');
  });
});
