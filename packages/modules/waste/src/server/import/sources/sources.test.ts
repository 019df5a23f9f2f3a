import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../../api/import-plan.js';
import type { ImportSource } from '../../../api/import-sources.js';
import { type WasteConfig, wasteConfigSchema } from '../../../config.js';
import waste from '../../index.js';
import { csvFile } from '../testing/files.js';
import { fetchCalendar, MAX_CALENDAR_BYTES } from './fetch.js';
import { syncDueSources } from './sync.js';

// The authority's web server, on this machine only.
const files: Record<
  string,
  { body: string | Buffer; etag?: string; delayMs?: number; redirect?: string }
> = {};
const requests: { path: string; ifNoneMatch?: string }[] = [];
let http: Server;
let origin: string;
let server: TestServer;
let staff: Record<string, string>;

beforeAll(async () => {
  http = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({
      path,
      ...(req.headers['if-none-match']
        ? { ifNoneMatch: String(req.headers['if-none-match']) }
        : {}),
    });
    const file = files[path];
    if (!file) return res.writeHead(404).end('not here');
    if (file.redirect) return res.writeHead(302, { location: file.redirect }).end();
    const send = () => {
      if (file.etag && req.headers['if-none-match'] === file.etag) return res.writeHead(304).end();
      res.writeHead(200, {
        'content-type': 'text/plain',
        ...(file.etag ? { etag: file.etag } : {}),
      });
      res.end(file.body);
    };
    if (file.delayMs) setTimeout(send, file.delayMs);
    else send();
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  // The authority's server is on this machine: the town lets such addresses through.
  server = await createTestServer({
    modules: [waste],
    env: { CITY_APP_SOURCES_PRIVATE_ADDRESSES: 'allow' },
  });
  staff = (await server.loginAs(['waste'])).headers;
});
afterAll(async () => {
  await server?.close();
  http?.closeAllConnections();
  await new Promise((done) => http?.close(done));
});
beforeEach(async () => {
  requests.length = 0;
  await server.db.query('TRUNCATE waste_sources, waste_locations, waste_tours CASCADE');
});

const api = (path: string, init: { method?: string; json?: unknown } = {}) =>
  server.request(`/api/waste/admin/sources${path}`, { method: 'GET', headers: staff, ...init });
const create = async (name: string, path: string) =>
  (await (
    await api('', { method: 'POST', json: { name, format: 'csv', url: `${origin}${path}` } })
  ).json()) as ImportSource;

/** This machine's addresses are allowed in these tests, as a town with an internal server would. */
const local = { allowPrivateAddresses: true };

describe('fetching a calendar', () => {
  it('refuses addresses on internal networks unless the town allows them', async () => {
    files['/a.csv'] = { body: csvFile([['Bahnhofstraße', 'Papier', '2027-01-12']]) };
    const port = new URL(origin).port;
    for (const url of [
      `${origin}/a.csv`,
      `http://localhost:${port}/a.csv`,
      `http://[::1]:${port}/a.csv`,
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.1/kalender.ics',
    ]) {
      await expect(fetchCalendar(url), url).rejects.toMatchObject({
        code: 'waste_source_fetch_failed',
        message: expect.stringContaining('internal network'),
      });
    }
    expect(requests).toEqual([]);
    expect(await fetchCalendar(`${origin}/a.csv`, local)).toMatchObject({ changed: true });
  });

  it('checks every address a redirect leads to, and stops after five', async () => {
    files['/moved.csv'] = { body: '', redirect: '/a.csv' };
    files['/a.csv'] = { body: csvFile([['Bahnhofstraße', 'Papier', '2027-01-12']]) };
    expect(await fetchCalendar(`${origin}/moved.csv`, local)).toMatchObject({ changed: true });
    files['/loop.csv'] = { body: '', redirect: '/loop.csv' };
    await expect(fetchCalendar(`${origin}/loop.csv`, local)).rejects.toMatchObject({
      message: expect.stringContaining('too many redirects'),
    });
    files['/away.csv'] = { body: '', redirect: 'file:///etc/passwd' };
    await expect(fetchCalendar(`${origin}/away.csv`, local)).rejects.toMatchObject({
      message: expect.stringContaining('only http and https'),
    });
  });

  it('asks with the last ETag and hears "unchanged"', async () => {
    files['/a.csv'] = { body: csvFile([['Bahnhofstraße', 'Papier', '2027-01-12']]), etag: '"v1"' };
    const first = await fetchCalendar(`${origin}/a.csv`, local);
    expect(first).toMatchObject({ changed: true, etag: '"v1"' });
    expect(await fetchCalendar(`${origin}/a.csv`, { ...local, etag: '"v1"' })).toEqual({
      changed: false,
    });
  });

  it('gives up after the timeout, refuses what is too big, and says why', async () => {
    files['/slow.csv'] = { body: 'x', delayMs: 2_000 };
    await expect(
      fetchCalendar(`${origin}/slow.csv`, { ...local, timeoutMs: 200 }),
    ).rejects.toMatchObject({
      code: 'waste_source_fetch_failed',
      message: expect.stringContaining('no answer in time'),
    });
    files['/big.csv'] = { body: Buffer.alloc(MAX_CALENDAR_BYTES + 1, 65) };
    await expect(fetchCalendar(`${origin}/big.csv`, local)).rejects.toMatchObject({
      code: 'waste_source_too_large',
    });
    await expect(fetchCalendar(`${origin}/none.csv`, local)).rejects.toMatchObject({
      code: 'waste_source_fetch_failed',
      message: expect.stringContaining('HTTP 404'),
    });
    await expect(fetchCalendar('file:///etc/passwd')).rejects.toMatchObject({
      code: 'waste_source_fetch_failed',
    });
  });
});

describe('sources', () => {
  it('are kept by staff with the waste role, with limits on every field', async () => {
    expect((await server.request('/api/waste/admin/sources')).status).toBe(401);
    const refused = await api('', {
      method: 'POST',
      json: { name: 'A', format: 'csv', url: 'ftp://x.org/a' },
    });
    expect(((await refused.json()) as { field: string }).field).toBe('url');
    const noStreet = await api('', {
      method: 'POST',
      json: { name: 'A', format: 'ics', url: `${origin}/a.ics`, locationId: 4242 },
    });
    expect(((await noStreet.json()) as { field: string }).field).toBe('locationId');

    const source = await create('Kreis', '/kreis.csv');
    expect(source).toMatchObject({ name: 'Kreis', active: true, failures: 0, lastError: null });
    const patched = await api(`/${source.id}`, { method: 'PATCH', json: { active: false } });
    expect(await patched.json()).toMatchObject({ active: false, name: 'Kreis' });
    const list = (await (await api('')).json()) as { sources: ImportSource[] };
    expect(list.sources).toHaveLength(1);
    expect((await api(`/${source.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/${source.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await api('/abc', { method: 'DELETE' })).status).toBe(400);
  });

  it('imports now on request, in a dry run without a trace, and stores failures', async () => {
    files['/kreis.csv'] = {
      body: csvFile([
        ['Bahnhofstraße', 'Papier', '2027-01-12'],
        ['Bahnhofstraße', 'Papier', '2027-02-09'],
      ]),
      etag: '"k1"',
    };
    const source = await create('Kreis', '/kreis.csv');
    const dry = (await (
      await api(`/${source.id}/run`, { method: 'POST', json: { dryRun: true } })
    ).json()) as ImportPlan;
    expect(dry).toMatchObject({ dryRun: true, pickups: { added: 2 } });
    expect((await (await api('')).json()).sources[0]).toMatchObject({ lastCheckedAt: null });

    const run = (await (
      await api(`/${source.id}/run`, { method: 'POST', json: {} })
    ).json()) as ImportPlan;
    expect(run).toMatchObject({ dryRun: false, pickups: { added: 2 } });
    expect((await (await api('')).json()).sources[0]).toMatchObject({
      failures: 0,
      lastSummary: { added: 2, removed: 0, moved: 0, cancelled: 0, unchanged: 0 },
    });

    delete files['/kreis.csv'];
    const failed = await api(`/${source.id}/run`, { method: 'POST', json: {} });
    expect(failed.status).toBe(502);
    const health = (await (await api('')).json()).sources[0] as ImportSource;
    expect(health.failures).toBe(1);
    expect(health.lastError).toContain('HTTP 404');
    expect(health.lastError).not.toMatch(/at .*\.js/);
  });
});

describe('the sync-sources job', () => {
  const ctx = (): ModuleServerContext<WasteConfig> =>
    ({
      db: server.db,
      config: wasteConfigSchema.parse({ syncEvery: '6 hours' }),
      city: { timezone: 'Europe/Berlin' },
      env: { CITY_APP_SOURCES_PRIVATE_ADDRESSES: 'allow' },
      log: { info() {}, warn() {}, error() {} },
    }) as unknown as ModuleServerContext<WasteConfig>;

  it('imports every due source; one failing does not stop the others; unchanged is nothing to do', async () => {
    files['/a.csv'] = { body: csvFile([['Bahnhofstraße', 'Papier', '2027-01-12']]), etag: '"a1"' };
    files['/b.csv'] = { body: csvFile([['Lange Straße', 'Bio', '2027-01-14']]) };
    await create('Kaputt', '/missing.csv');
    await create('A', '/a.csv');
    await create('B', '/b.csv');
    const dueAt = new Date();
    expect(await syncDueSources(ctx(), { dueAt })).toEqual({
      checked: 3,
      imported: 2,
      unchanged: 0,
      failed: 1,
    });
    const { rows } = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM waste_pickups',
    );
    expect(rows[0]?.n).toBe(2);

    // Within six hours nothing is due.
    expect(await syncDueSources(ctx(), { dueAt })).toMatchObject({ checked: 0 });
    // Later: A answers 304 to its ETag, B sends the same bytes again.
    requests.length = 0;
    const later = new Date(dueAt.getTime() + 6 * 3_600_000);
    expect(await syncDueSources(ctx(), { dueAt: later })).toEqual({
      checked: 3,
      imported: 0,
      unchanged: 2,
      failed: 1,
    });
    expect(requests).toContainEqual({ path: '/a.csv', ifNoneMatch: '"a1"' });
    const health = (await (await api('')).json()).sources as ImportSource[];
    expect(health.map((s) => [s.name, s.failures])).toEqual([
      ['A', 0],
      ['B', 0],
      ['Kaputt', 2],
    ]);
  });
});
