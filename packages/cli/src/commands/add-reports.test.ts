import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addUseRemove,
  answersFor,
  installedModule,
  makeProject,
  type TestProject,
} from '../test-support.js';

let project: TestProject;
beforeEach(async () => {
  project = await makeProject(answersFor('Zarrentin am Schaalsee'), {}, { base: true });
});
afterEach(() => project.cleanup());

describe('city-app add reports, on a real server', () => {
  it('enables the defect reporter with its categories and Open311; remove says what stays', async () => {
    // The defect reporter as `city-app add` finds it once installed.
    const remove = await addUseRemove(project, installedModule('reports'), async (server) => {
      expect(await project.read('city.config.ts')).toContain('    reports: {');
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
    });
    expect(remove.code).toBe(0);
    expect(remove.stdout).toMatch(/Daten in der Datenbank: Tabellen [^\n]*reports_history/);
    expect(await project.read('city.config.ts')).not.toContain('reports: {');
  }, 300_000);
});
