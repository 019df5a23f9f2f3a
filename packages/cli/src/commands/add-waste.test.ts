import { renderProject } from 'create-city-app';
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

// The waste calendar as `city-app add` finds it once installed: its manifest and starter.
const wasteModule = installedModule('waste');
const modules = [newsModule, wasteModule];

let project: TestProject;
beforeEach(async () => {
  const answers = answersFor('Lübtheen');
  project = await makeProject(
    { ...answers, city: { ...answers.city, areas: [{ id: 'jessenitz', name: 'Jessenitz' }] } },
    {},
    { base: true },
  );
});
afterEach(() => project.cleanup());

describe('city-app add waste, on a real server', () => {
  it('copies the starting calendar, whose sample dates the server shows as samples; remove says what stays', async () => {
    const add = await runCli(['add', 'waste', '--yes', '--no-install'], project.root, { modules });
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    const cityConfig = await project.read('city.config.ts');
    expect(cityConfig).toContain('    waste: {\n');
    expect(cityConfig).toContain("authority: 'Abfallwirtschaft des Landkreises',");
    // The same starting calendar as a town generated with the module from the start.
    const record = JSON.parse(await project.read('.city-app.json'));
    const calendar = await project.read('content/waste/calendar.yaml');
    expect(calendar).toBe(renderProject(record.answers).read('content/waste/calendar.yaml'));
    expect(calendar).toContain('- { name: "Jessenitz", collection: ortsteile }');

    // What the package manager's install does.
    await linkPackage(project.root, '@city-app/module-news', 'packages/modules/news');
    await linkPackage(project.root, '@city-app/module-waste', 'packages/modules/waste');
    const server = await startProjectServer(project.root);
    try {
      const summary = (await (await server.app.request('/api/waste')).json()) as {
        sample: boolean;
        locations: number;
        firstDate: string | null;
      };
      // 13 sample streets (two split by house numbers) and the town's one area.
      expect(summary).toMatchObject({ sample: true, locations: 14 });
      expect(summary.firstDate).not.toBeNull();
    } finally {
      await server.close();
    }

    const remove = await runCli(['remove', 'waste', '--yes', '--no-install'], project.root, {
      modules,
    });
    expect(remove.code).toBe(0);
    expect(remove.stdout).toMatch(/Daten in der Datenbank: Tabellen [^\n]*waste_pickups/);
    expect(remove.stdout).toContain('content/waste/calendar.yaml');
    expect(await project.read('city.config.ts')).not.toContain('waste');
    expect(await project.read('content/waste/calendar.yaml')).toBe(calendar);
  }, 300_000);
});
