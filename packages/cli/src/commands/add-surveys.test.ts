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

// The surveys module as `city-app add` finds it once installed: its manifest, no starter.
const modules = [newsModule, installedModule('surveys')];

let project: TestProject;
beforeEach(async () => {
  project = await makeProject(answersFor('Zarrentin'), {}, { base: true });
});
afterEach(() => project.cleanup());

describe('city-app add surveys, on a real server', () => {
  it('enables the module, whose API then answers; remove names the tables that stay', async () => {
    const add = await runCli(['add', 'surveys', '--yes', '--no-install'], project.root, {
      modules,
    });
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(await project.read('city.config.ts')).toContain('surveys: {');

    await linkPackage(project.root, '@city-app/module-news', 'packages/modules/news');
    await linkPackage(project.root, '@city-app/module-surveys', 'packages/modules/surveys');
    const server = await startProjectServer(project.root);
    try {
      const list = await server.app.request('/api/surveys/surveys');
      expect(list.status).toBe(200);
      expect(await list.json()).toEqual({ items: [] });
      expect((await server.app.request('/api/surveys/admin/surveys')).status).toBe(401);
    } finally {
      await server.close();
    }

    const remove = await runCli(['remove', 'surveys', '--yes', '--no-install'], project.root, {
      modules,
    });
    expect(remove.code).toBe(0);
    expect(remove.stdout).toMatch(/Daten in der Datenbank: Tabellen [^\n]*surveys_surveys/);
    expect(await project.read('city.config.ts')).not.toContain('surveys');
  }, 300_000);
});
