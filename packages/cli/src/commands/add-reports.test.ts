import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answersFor,
  installedModule,
  linkPackage,
  makeProject,
  newsModule,
  runCli,
  startProjectServer,
  type TestProject,
} from '../test-support.js';

// The defect reporter as `city-app add` finds it once installed.
const modules = [newsModule, installedModule('reports')];

let project: TestProject;
beforeEach(async () => {
  project = await makeProject(answersFor('Zarrentin am Schaalsee'), {}, { base: true });
});
afterEach(() => project.cleanup());

describe('city-app add reports, on a real server', () => {
  it('enables the defect reporter with its categories and Open311; remove says what stays', async () => {
    const add = await runCli(['add', 'reports', '--yes', '--no-install'], project.root, {
      modules,
    });
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(await project.read('city.config.ts')).toContain('    reports: {');

    // What the package manager's install does.
    await linkPackage(project.root, '@city-app/module-news', 'packages/modules/news');
    await linkPackage(project.root, '@city-app/module-reports', 'packages/modules/reports');
    const server = await startProjectServer(project.root);
    try {
      const categories = (await (await server.app.request('/api/reports/categories')).json()) as {
        items: { id: string }[];
      };
      expect(categories.items.map((c) => c.id)).toEqual([
        'strasse',
        'beleuchtung',
        'muell',
        'spielplatz',
        'gruen',
        'verkehrszeichen',
        'sonstiges',
      ]);
      const discovery = await server.app.request('/open311/discovery.json');
      expect(discovery.status).toBe(200);
    } finally {
      await server.close();
    }

    const remove = await runCli(['remove', 'reports', '--yes', '--no-install'], project.root, {
      modules,
    });
    expect(remove.code).toBe(0);
    expect(remove.stdout).toMatch(/Daten in der Datenbank: Tabellen [^\n]*reports_history/);
    expect(await project.read('city.config.ts')).not.toContain('reports: {');
  }, 300_000);
});
