import { readFileSync } from 'node:fs';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databases } from '../../../test/databases.js';
import { type OParlServer, startOParlServer } from '../../testing/index.js';
import council from '../index.js';
import { defaultHttpOptions } from '../oparl/http.js';
import { syncStates } from './state.js';
import { syncSystem } from './sync-system.js';

const sample = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../test/fixtures/oparl/${name}`, import.meta.url), 'utf8'),
  );

// Short waits, so the failing servers below take seconds, not minutes.
const http = {
  ...defaultHttpOptions(),
  backoffMs: [10, 10],
  timeoutMs: 1_500,
  allowPrivateAddresses: false,
};

describe.each(databases)('OParl sync on $name', ({ database, skip }) => {
  let app: TestServer;
  const servers: OParlServer[] = [];
  const serve = async (options: Parameters<typeof startOParlServer>[0]) => {
    const server = await startOParlServer(options);
    servers.push(server);
    return server;
  };
  beforeAll(async () => {
    if (!skip) app = await createTestServer({ modules: [council], database });
  });
  afterAll(() => app?.close());
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await app?.db.query('DELETE FROM council_objects');
    await app?.db.query('DELETE FROM council_sync');
  });
  const count = async (type: string, where = 'NOT deleted') => {
    const { rows } = await app.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM council_objects WHERE type = $1 AND ${where}`,
      [type],
    );
    return rows[0]?.n;
  };

  it.skipIf(skip)('reads every page of every list, then only what changed', async () => {
    const oparl = await serve({
      pageSize: 7,
      size: { papers: 40, meetings: 12, persons: 25, organizations: 6 },
    });
    const first = await syncSystem(app.db, oparl.system, { http });
    // System, bodies, then 6/7 → 1, 25/7 → 4, 12/7 → 2, 40/7 → 6 pages.
    expect(first.requests).toBe(2 + 1 + 4 + 2 + 6);
    expect(first).toMatchObject({ fullLists: 4, changedLists: 0, deleted: 0 });
    expect(await count('Paper')).toBe(40);
    expect(await count('Meeting')).toBe(12);
    expect(await count('AgendaItem')).toBe(36);
    expect(await count('Consultation')).toBe(40);
    expect(await count('Membership')).toBe(25);
    expect(await count('LegislativeTerm')).toBe(1);
    // 40 papers' and 12 invitations' files.
    expect(await count('File')).toBe(52);

    oparl.change('paper', 3, { name: 'Beschlussvorlage: Neubau der Kita Sonnenschein' });
    oparl.remove('paper', 5);
    const agenda = oparl.data.lists.meeting[2]?.json.agendaItem as unknown[];
    oparl.change('meeting', 2, { agendaItem: agenda.slice(0, 2), name: '3. Sitzung (verlegt)' });
    oparl.requests.length = 0;
    const second = await syncSystem(app.db, oparl.system, { http });
    expect(second).toMatchObject({ fullLists: 0, changedLists: 4 });
    // One page per list, each asked for changes only.
    expect(second.requests).toBe(2 + 4);
    expect(oparl.requests.filter((r) => r.includes('modified_since='))).toHaveLength(4);
    // The paper, the meeting; the deleted paper and the agenda item taken off.
    expect(second.changed).toBe(2);
    expect(second.deleted).toBe(2);
    expect(await count('Paper')).toBe(39);
    expect(await count('AgendaItem')).toBe(35);
    const { rows } = await app.db.query<{ name: string; deleted: boolean }>(
      `SELECT name, deleted FROM council_objects WHERE id = ANY($1) ORDER BY id`,
      [[`${oparl.data.base}/paper/3`, `${oparl.data.base}/paper/5`]],
    );
    expect(rows).toEqual([
      { name: 'Beschlussvorlage: Neubau der Kita Sonnenschein', deleted: false },
      { name: expect.any(String), deleted: true },
    ]);

    const third = await syncSystem(app.db, oparl.system, { http });
    expect(third).toMatchObject({ created: 0, changed: 0, deleted: 0 });
  });

  it.skipIf(skip)('syncs a 1.0 server with Leipzig’s System and Body', async () => {
    const oparl = await serve({
      version: '1.0',
      system: sample('leipzig-system.json'),
      body: sample('leipzig-body.json'),
      size: { papers: 10, meetings: 3, persons: 4, organizations: 2 },
    });
    const report = await syncSystem(app.db, oparl.system, { http });
    expect(report.oparlVersion).toBe('https://schema.oparl.org/1.0/');
    expect(await count('Body')).toBe(1);
    expect(await count('LegislativeTerm')).toBe(2);
    expect(await count('Paper')).toBe(10);
    const { rows } = await app.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM council_objects WHERE modified IS NULL`,
    );
    // Embedded objects of 1.0 carry no dates; they are stored all the same.
    expect(rows[0]?.n).toBeGreaterThan(0);
    const locations = await app.db.query<{ latitude: number; longitude: number }>(
      `SELECT DISTINCT latitude, longitude FROM council_objects WHERE type = 'Location'`,
    );
    // Written both ways round by the server, stored one way.
    expect(locations.rows).toEqual([{ latitude: 53.4264, longitude: 11.1846 }]);
  });

  it.skipIf(skip)('gets over a failure or two, and says when a server keeps failing', async () => {
    const oparl = await serve({ size: { papers: 5, meetings: 2, persons: 2, organizations: 1 } });
    oparl.fail('/oparl/body/1/paper', '500', 2);
    const report = await syncSystem(app.db, oparl.system, { http });
    expect(await count('Paper')).toBe(5);
    expect(report.requests).toBe(2 + 4 + 2);

    oparl.fail('/oparl/body/1/meeting', '500');
    await expect(syncSystem(app.db, oparl.system, { http })).rejects.toMatchObject({
      code: 'council_oparl_unreachable',
    });
    const state = await syncStates.read(app.db, oparl.system);
    expect(state?.lastError).toMatch(/HTTP 500/);
    // The lists finished before the failure are not read in full again.
    expect(Object.keys(state?.lists ?? {})).toHaveLength(4);
  });

  it.skipIf(skip)('stops at a server that does not answer, or answers no JSON', async () => {
    const oparl = await serve({ size: { papers: 2, meetings: 1, persons: 1, organizations: 1 } });
    oparl.fail('/oparl/system', 'timeout');
    const started = Date.now();
    await expect(syncSystem(app.db, oparl.system, { http })).rejects.toMatchObject({
      code: 'council_oparl_unreachable',
    });
    // Three attempts of 1.5 s each, no more.
    expect(Date.now() - started).toBeLessThan(8_000);

    oparl.fail('/oparl/system', null);
    oparl.fail('/oparl/body/1/person', 'garbage');
    await expect(syncSystem(app.db, oparl.system, { http })).rejects.toMatchObject({
      code: 'council_oparl_unreadable',
    });
    oparl.fail('/oparl/body/1/person', 'not-a-list');
    await expect(syncSystem(app.db, oparl.system, { http })).rejects.toMatchObject({
      code: 'council_oparl_unreadable',
    });
    oparl.fail('/oparl/body/1/person', null);
    await syncSystem(app.db, oparl.system, { http });
    expect(await count('Person')).toBe(1);
  });

  it.skipIf(skip)(
    'refuses an answer over the size limit and a plain-http address elsewhere',
    async () => {
      const oparl = await serve({
        size: { papers: 30, meetings: 1, persons: 1, organizations: 1 },
      });
      await expect(
        syncSystem(app.db, oparl.system, { http: { ...http, bytes: 2_000 } }),
      ).rejects.toMatchObject({ code: 'council_oparl_too_large' });
      await expect(
        syncSystem(app.db, 'http://ratsinfo.example/oparl/system', { http }),
      ).rejects.toMatchObject({ code: 'council_oparl_address_refused' });
    },
  );

  it.skipIf(skip)('counts in a dry run and writes nothing', async () => {
    const oparl = await serve({ size: { papers: 4, meetings: 1, persons: 1, organizations: 1 } });
    const report = await syncSystem(app.db, oparl.system, { http, dryRun: true });
    expect(report.created).toBeGreaterThan(4);
    expect(await count('Paper')).toBe(0);
    expect(await syncStates.read(app.db, oparl.system)).toBeNull();
  });
});
