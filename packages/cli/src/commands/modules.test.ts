import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkPackage, makeProject, runCli, type TestProject } from '../test-support.js';

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

    const human = await runCli(['modules'], project.root);
    expect(human.stdout).toMatch(/news\s+Verwaltung\s+enabled/);
    expect(human.stdout).toMatch(/parking\s+Mobilität\s+available/);
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
