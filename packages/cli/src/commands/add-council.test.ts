import { type OParlServer, startOParlServer } from '@city-app/module-council/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addUseRemove,
  answersFor,
  installedModule,
  makeProject,
  runCli,
  startProjectServer,
  type TestProject,
} from '../test-support.js';

let project: TestProject;
let oparl: OParlServer;
beforeEach(async () => {
  project = await makeProject(answersFor('Wittenburg'), {}, { base: true });
  oparl = await startOParlServer();
});
afterEach(async () => {
  await oparl.close();
  await project.cleanup();
});

const meetings = async (server: Awaited<ReturnType<typeof startProjectServer>>, q = '') => {
  const answer = await server.app.request(`/api/council${q ? `/meetings?q=${q}` : ''}`);
  expect(answer.status).toBe(200);
  return (await answer.json()) as { items: { key: string; name: string | null }[]; total: number };
};

describe('city-app add council, on a real server', () => {
  it('enables the module; its API answers, `city-app import council` fills it from an OParl server', async () => {
    const council = installedModule('council');
    const remove = await addUseRemove(
      project,
      council,
      async (server) => {
        // The sample council's twelve meetings are all to come, and found by their papers' words.
        const synced = await meetings(server);
        expect(synced.total).toBe(oparl.data.lists.meeting.length);
        expect(synced.total).toBe(12);
        const found = await meetings(server, 'L%C3%B6schfahrzeug');
        expect(found.total).toBeGreaterThan(0);
        expect(found.total).toBeLessThan(synced.total);
        expect((await meetings(server, 'Seilbahn')).total).toBe(0);
      },
      {
        beforeStart: async (modules) => {
          expect(await project.read('city.config.ts')).toContain('council: {');
          // Enabled and empty on its first start, before anything was synced.
          const first = await startProjectServer(project.root);
          try {
            expect(await meetings(first)).toMatchObject({ items: [], total: 0 });
          } finally {
            await first.close();
          }
          const sync = await runCli(['import', 'council', oparl.system], project.root, {
            modules,
          });
          expect(sync.stderr).toBe('');
          expect(sync.code).toBe(0);
          expect(sync.stdout).toMatch(/→ council: \d+ neu, 0 geändert/);
          expect(oparl.requests).toContain('/oparl/system');
        },
      },
    );
    expect(remove.code).toBe(0);
    expect(remove.stdout).toMatch(/Daten in der Datenbank: Tabellen [^\n]*council_objects/);
    expect(await project.read('city.config.ts')).not.toContain('council');
  }, 300_000);
});
