import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeProject, runCli, type TestProject } from '../test-support.js';

let project: TestProject;
beforeEach(async () => {
  project = await makeProject();
});
afterEach(() => project.cleanup());

async function breakConfig(replacements: [string | RegExp, string][]): Promise<void> {
  let text = await project.read('city.config.ts');
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    expect(next, `replacement of ${from} must apply`).not.toBe(text);
    text = next;
  }
  await project.write('city.config.ts', text);
}

describe('city-app config validate', () => {
  it('accepts the generated config', async () => {
    const run = await runCli(['config', 'validate'], project.root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ city.config.ts ist gültig (Module: news).');
  });

  it('names every broken path, kernel and module options alike, with what to do', async () => {
    await breakConfig([
      ["state: 'DE-MV'", "state: 'DE-XX'"],
      ["primaryColor: '#1a5f7a'", "primaryColor: '#9fd3e6'"],
      ["email: 'rathaus@boizenburg.de'", "email: 'kein Postfach'"],
      ['news: {},', "news: { perPage: 500, categories: ['A', 'A'] },\n    tickets: {},"],
    ]);
    const run = await runCli(['config', 'validate', '--json'], project.root);
    expect(run.code).toBe(1);
    const { error } = run.json();
    expect(error.code).toBe('invalid_config');
    const fields = error.issues.map((i: { field: string }) => i.field).sort();
    expect(fields).toEqual([
      'branding.primaryColor',
      'legal.imprint.email',
      'modules.news.categories',
      'modules.news.perPage',
      'modules.tickets',
      'town.state',
    ]);
    for (const issue of error.issues) expect(issue.hint, issue.field).toBeTruthy();
    const color = error.issues.find((i: { field: string }) => i.field === 'branding.primaryColor');
    expect(color.hint).toMatch(/^Verwenden Sie #[0-9a-f]{6}\.$/);

    const human = await runCli(['config', 'validate'], project.root);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain('✖ Die Konfiguration der Stadt ist ungültig');
    expect(human.stderr).toContain('6 Probleme in city.config.ts.');
    expect(human.stderr).toContain('• modules.news.perPage: Zu groß');
    expect(human.stderr).toContain('• modules.tickets: kein Modul „tickets“ ist installiert.');
    expect(human.stderr).toContain('Siehe city-app config explain modules.news.perPage');
    expect(human.stderr).toContain('→ Korrigieren Sie jede oben genannte Option');
  });

  it('refuses mistyped options with a "did you mean" and names the type a wrong value needs', async () => {
    await breakConfig([
      ['branding: {', 'brandng: {'],
      ['news: {},', 'news: { perPag: 5, feedTitle: 7 },'],
    ]);
    const run = await runCli(['config', 'validate'], project.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('• brandng: ist hier keine Option. — Meinten Sie „branding“?');
    expect(run.stderr).toContain(
      '• modules.news.perPag: ist hier keine Option. — Meinten Sie „perPage“?',
    );
    expect(run.stderr).toContain('• modules.news.feedTitle: muss ein Text sein, nicht die Zahl 7.');
    expect(run.stderr).not.toContain('ist erforderlich');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks English to a town whose first language is English, --json included', async () => {
    await breakConfig([
      ["locales: ['de', 'en']", "locales: ['en', 'de']"],
      ['branding: {', 'brandng: {'],
    ]);
    const run = await runCli(['config', 'validate'], project.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('✖ The town configuration is not valid');
    expect(run.stderr).toContain('• brandng: is not an option here. — Did you mean "branding"?');
    expect(run.stderr).toContain('→ Fix each option named above');
    const json = await runCli(['config', 'validate', '--json'], project.root);
    expect(json.json().error).toMatchObject({
      code: 'invalid_config',
      title: 'The town configuration is not valid',
    });
    await breakConfig([['brandng: {', 'branding: {']]);
    const valid = await runCli(['config', 'validate'], project.root);
    expect(valid.stdout).toContain('✔ city.config.ts is valid (modules: news).');
  });

  it('lists conflict markers in the town language, even when they break the config', async () => {
    await breakConfig([
      ['\n  modules: {', '\n<<<<<<< yours\n  modules: {\n=======\n  modules: {\n>>>>>>> template'],
    ]);
    const run = await runCli(['config', 'validate'], project.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('✖ Ungelöste Konflikte');
    expect(run.stderr).toContain(
      'Dateien, die noch Konfliktmarken enthalten (<<<<<<< … >>>>>>>): city.config.ts.',
    );
    const conflicts = await runCli(['conflicts', '--json'], project.root);
    expect(conflicts.code).toBe(1);
    expect(conflicts.json().error).toMatchObject({
      code: 'unresolved_conflicts',
      title: 'Ungelöste Konflikte',
    });
  });

  it('reports a config that is not valid TypeScript with its line', async () => {
    await breakConfig([['modules: {', 'modules: {{']]);
    const run = await runCli(['config', 'validate', '--json'], project.root);
    expect(run.code).toBe(1);
    expect(run.json().error).toMatchObject({ code: 'config_unreadable', field: 'city.config.ts' });
    expect(run.json().error.message).toMatch(/line \d+/);
    // The temporary file is gone again.
    expect(
      Object.keys(await project.snapshot()).filter((p) => p.includes('.city-config-')),
    ).toEqual([]);
  });
});

describe('city-app config schema and explain', () => {
  it('writes the JSON Schema with the modules options', async () => {
    const run = await runCli(['config', 'schema'], project.root);
    expect(run.code).toBe(0);
    const schema = JSON.parse(await project.read('city.schema.json'));
    expect(schema.properties.modules.properties.news.properties.perPage.default).toBe(10);
    expect(schema.properties.modules.properties.parking.properties.freeMinutes.maximum).toBe(240);
    expect(run.stdout).toBe('city.schema.json geschrieben (2 Module einbezogen).\n');
    const printed = await runCli(['config', 'schema', '--stdout'], project.root);
    expect(JSON.parse(printed.stdout)).toEqual(schema);
    await breakConfig([["locales: ['de', 'en']", "locales: ['en', 'de']"]]);
    const english = await runCli(['config', 'schema', '--out', 'schema.json'], project.root);
    expect(english.stdout).toBe('Wrote schema.json (2 modules included).\n');
  });

  it('explains an option: description, type, default', async () => {
    const run = await runCli(['config', 'explain', 'modules.news.perPage', '--json'], project.root);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({
      path: 'modules.news.perPage',
      description: 'Articles per page in the news list, 1–50.',
      default: 10,
      required: false,
    });
    expect(run.json().type).toContain('integer');
    // Printed in the town's language; the option's own description is the schema's English.
    const perPage = await runCli(['config', 'explain', 'modules.news.perPage'], project.root);
    expect(perPage.stdout).toBe(
      [
        'modules.news.perPage',
        '  Articles per page in the news list, 1–50. (Beschreibung auf Englisch)',
        '  Typ:      integer (minimum 1, maximum 50)',
        '  Pflicht:  nein',
        '  Standard: 10',
        '',
      ].join('\n'),
    );
    const state = await runCli(['config', 'explain', 'town.state'], project.root);
    expect(state.stdout).toContain('eins von "DE-');
    expect(state.stdout).toContain('Pflicht:  ja');
    // A module's description is written in both languages.
    const parking = await runCli(['config', 'explain', 'modules.parking'], project.root);
    expect(parking.stdout).toContain('  Parkplätze und Gebühren.\n');
    expect(parking.stdout).toContain('  Optionen: ');
  });

  it('explains in English to a town whose first language is English', async () => {
    await breakConfig([["locales: ['de', 'en']", "locales: ['en', 'de']"]]);
    const state = await runCli(['config', 'explain', 'town.state'], project.root);
    expect(state.stdout).toContain('  type:     one of "DE-');
    expect(state.stdout).toContain('  required: yes');
    expect(state.stdout).not.toContain('Beschreibung');
    const zones = await runCli(['config', 'explain', 'modules.parking.zones'], project.root);
    expect(zones.stdout).toContain('  type:     array of string (minLength 1)');
    expect(zones.stdout).toContain('  default:  ["Altstadt","Bahnhof"]');
    const parking = await runCli(['config', 'explain', 'modules.parking', '--json'], project.root);
    expect(parking.json().description).toBe('Car parks and fees.');
  });

  it('names the options there are for an unknown path', async () => {
    const run = await runCli(['config', 'explain', 'legal.impressum', '--json'], project.root);
    expect(run.code).toBe(2);
    expect(run.json().error.field).toBe('legal.impressum');
    expect(run.json().error.hint).toContain('imprint');
    // The refusal in the town's language too.
    expect(run.json().error.message).toBe(
      'Die Stadtkonfiguration hat keine Option „legal.impressum“.',
    );
  });
});
