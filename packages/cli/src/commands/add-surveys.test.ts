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
  project = await makeProject(answersFor('Zarrentin'), {}, { base: true });
});
afterEach(() => project.cleanup());

describe('city-app add surveys, on a real server', () => {
  it('enables the module, whose API then answers; remove names the tables that stay', async () => {
    const remove = await addUseRemove(project, installedModule('surveys'), async (server) => {
      expect(await project.read('city.config.ts')).toContain('surveys: {');
      const list = await server.app.request('/api/surveys/surveys');
      expect(await list.json()).toEqual({ items: [] });
      expect((await server.app.request('/api/surveys/admin/surveys')).status).toBe(401);
    });
    expect(remove.code).toBe(0);
    expect(remove.stdout).toMatch(/Daten in der Datenbank: Tabellen [^\n]*surveys_surveys/);
    expect(await project.read('city.config.ts')).not.toContain('surveys');
  }, 300_000);
});
