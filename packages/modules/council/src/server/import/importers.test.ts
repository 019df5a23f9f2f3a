import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobContext } from '../../../test/devices.js';
import type { CouncilConfig } from '../../config.js';
import { type OParlServer, startOParlServer } from '../../testing/index.js';
import council from '../index.js';
import { syncCouncilJob } from '../jobs/sync-job.js';
import { councilImporters } from './importers.js';

describe('syncing on demand and by the hour', () => {
  let app: TestServer;
  let oparl: OParlServer;
  const context = (config: CouncilConfig) => jobContext(app, config);
  const systemFile = async (dryRun = false) => ({
    name: 'system',
    text: await (await fetch(oparl.system)).text(),
    dryRun,
  });
  beforeAll(async () => {
    app = await createTestServer({ modules: [council] });
    oparl = await startOParlServer({
      size: { papers: 3, meetings: 2, persons: 2, organizations: 1 },
    });
  });
  afterAll(async () => {
    await oparl?.close();
    await app?.close();
  });

  it('`city-app import council <System>` syncs the system the file names', async () => {
    const importer = councilImporters.oparl;
    const ctx = context({});
    const dry = await importer?.run(await systemFile(true), ctx);
    expect(dry?.created).toBeGreaterThan(0);
    const first = await importer?.run(await systemFile(), ctx);
    expect(first).toEqual({ ...dry, skipped: [] });
    const again = await importer?.run(await systemFile(), ctx);
    expect(again).toMatchObject({ created: 0, changed: 0 });
  });

  it('`city-app import council` alone reads the System the town configured', () => {
    const importer = councilImporters.oparl;
    expect(importer?.defaultSource?.({ oparl: { system: oparl.system } })).toBe(oparl.system);
    // Without one the command asks for a file or address.
    expect(importer?.defaultSource?.({})).toBeUndefined();
  });

  it('refuses a file that is no System, and another system than the town set', async () => {
    const importer = councilImporters.oparl;
    await expect(
      importer?.run(
        {
          name: 'paper.json',
          text: '{"id":"x","type":"https://schema.oparl.org/1.1/Paper"}',
          dryRun: false,
        },
        context({}),
      ),
    ).rejects.toMatchObject({ code: 'council_oparl_unreadable', field: 'file' });
    const other = context({ oparl: { system: 'https://ratsinfo.example.de/oparl/system' } });
    await expect(importer?.run(await systemFile(), other)).rejects.toMatchObject({
      code: 'council_other_system',
      field: 'modules.council.oparl.system',
    });
  });

  it('the hourly job syncs the configured system and does nothing without one', async () => {
    const due = { dueAt: new Date(), attempt: 1, signal: new AbortController().signal };
    expect(await syncCouncilJob.run(context({}), due)).toBeUndefined();
    oparl.change('paper', 1, { name: 'Beschlussvorlage: Wochenmarkt' });
    const summary = await syncCouncilJob.run(context({ oparl: { system: oparl.system } }), due);
    expect(summary).toMatchObject({ created: 0, changed: 1 });
    expect(syncCouncilJob).toMatchObject({ kind: 'import', every: '1 hour' });
  });
});
