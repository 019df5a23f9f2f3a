import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answersFor, linkPackage, makeProject, runCli, type TestProject } from '../test-support.js';

let project: TestProject;
beforeEach(async () => {
  project = await makeProject();
});
afterEach(() => project.cleanup());

describe('city-app modules', () => {
  it('lists available and enabled modules with their field of action', async () => {
    const run = await runCli(['modules', '--json'], project.root);
    expect(run.code).toBe(0);
    const rows = run.json().modules;
    expect(rows.map((r: { id: string }) => r.id)).toEqual(['news', 'parking']);
    expect(rows[0]).toMatchObject({
      id: 'news',
      enabled: true,
      field: 'administration',
      fieldTitle: 'Verwaltung',
    });
    expect(rows[1]).toMatchObject({
      id: 'parking',
      enabled: false,
      configured: false,
      fieldTitle: 'Mobilität',
    });

    // In the town's language: German first.
    const human = await runCli(['modules'], project.root);
    expect(human.stdout).toMatch(/^Modul\s+Handlungsfeld\s+Status$/m);
    expect(human.stdout).toMatch(/news\s+Verwaltung\s+eingeschaltet, installiert — /);
    expect(human.stdout).toMatch(/parking\s+Mobilität\s+verfügbar, installiert — Parken$/m);
    expect(human.stdout).toContain('Hinzufügen mit: city-app add <Modul>');
    expect(rows[1].description).toBe('Parkplätze und Gebühren.');
  });

  it('speaks English to a town whose first language is English, --json included', async () => {
    const answers = answersFor('Boizenburg/Elbe');
    const english = await makeProject({
      ...answers,
      city: { ...answers.city, locales: ['en', 'de'] },
    });
    try {
      const human = await runCli(['modules'], english.root);
      expect(human.stdout).toMatch(/^module\s+field of action\s+status$/m);
      expect(human.stdout).toMatch(/parking\s+Mobility\s+available, installed — Parking$/m);
      expect(human.stdout).toContain('Add one with: city-app add <module>');
      const rows = (await runCli(['modules', '--json'], english.root)).json().modules;
      expect(rows[1]).toMatchObject({ fieldTitle: 'Mobility', description: 'Car parks and fees.' });
    } finally {
      await english.cleanup();
    }
  });

  it('finds the modules installed in the project from their manifests', async () => {
    await linkPackage(project.root, '@city-app/module-news', 'packages/modules/news');
    // From a folder inside the project, with no modules handed in: found on disk.
    const run = await runCli(['modules', '--json'], `${project.root}/content`, {
      modules: undefined,
    });
    expect(run.code).toBe(0);
    const news = run.json().modules.find((r: { id: string }) => r.id === 'news');
    expect(news).toMatchObject({
      installed: true,
      enabled: true,
      packageName: '@city-app/module-news',
      version: '0.1.0',
    });
  });

  it('says so outside a town project', async () => {
    const run = await runCli(['modules', '--json'], '/');
    expect(run.code).toBe(2);
    expect(run.json().error.code).toBe('not_a_project');
  });
});
