// Forwarding to a county's Open311 server and back, with a second real server as the county:
// its GeoReport v2 API on a port, reached over HTTP like any outside server.
import type { ListeningServer, ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForwardingState } from '../../api/forwarding.js';
import type { StaffReportDetail } from '../../api/staff-report.js';
import { type ReportsConfig, reportsConfigSchema } from '../../config.js';
import reports from '../index.js';
import { apiKey } from '../routes/open311-testing.js';
import { freshIp, MARKT, ok, pushes, refused, startReports } from '../routes/reports-testing.js';
import { forwardJob } from './job.js';

const KEY_VARIABLE = 'CITY_APP_REPORTS_LANDKREIS_KEY';
const signal = new AbortController().signal;
const landkreis = (endpoint: string) => ({
  id: 'landkreis',
  name: { de: 'Landkreis Ludwigslust-Parchim', en: 'Ludwigslust-Parchim district' },
  endpoint,
  apiKeyEnv: KEY_VARIABLE,
  services: { strasse: 'strasse' },
});

let county: Awaited<ReturnType<typeof startReports>>;
let countyPort: ListeningServer;
let town: TestServer;
let ctx: ModuleServerContext<ReportsConfig>;
let staff: Record<string, string>;

/** The town, forwarding its road damage to `endpoint` with `key`. */
async function startTown(endpoint: string, key: string) {
  let captured: ModuleServerContext<ReportsConfig> | undefined;
  const server = await createTestServer({
    modules: [
      {
        ...reports,
        start(c) {
          captured = c as ModuleServerContext<ReportsConfig>;
          return undefined;
        },
      },
    ],
    city: { ...TEST_CITY, modules: { reports: { forwarding: [landkreis(endpoint)] } } },
    env: { CITY_APP_NOTIFY_WORKER: 'off', CITY_APP_TRUST_PROXY: '1', [KEY_VARIABLE]: key },
    // The test runs the job itself.
    scheduler: { now: () => new Date('2000-01-01T00:00:00Z'), checkEveryMs: 2 ** 30 },
  });
  if (!captured) throw new Error('the reports module was not started');
  return { server, ctx: captured, staff: (await server.loginAs(['reports'])).headers };
}

beforeAll(async () => {
  county = await startReports();
  countyPort = await county.server.server.listen({ port: 0 });
  const { key } = await apiKey(county);
  ({ server: town, ctx, staff } = await startTown(`${countyPort.url}/open311/v2`, key));
});
afterAll(async () => {
  await town?.close();
  await county?.close();
});

/** A resident's report to `server`, from a device of their own; its number. */
async function reportIn(server: TestServer, fields: Record<string, unknown>) {
  const device = crypto.randomUUID();
  await server.request(`/api/notify/installations/${device}`, {
    method: 'PUT',
    json: { language: 'de', topics: [] },
    headers: { 'X-Forwarded-For': freshIp() },
  });
  const created = await ok<{ publicId: string }>(
    server.request('/api/reports', {
      method: 'POST',
      json: { ...fields, installationId: device, language: 'de' },
      headers: { 'X-Forwarded-For': freshIp() },
    }),
    201,
  );
  return created.publicId;
}

/** A resident's report in the town, with an e-mail address for updates. */
const report = (category: string, description: string) =>
  reportIn(town, {
    category,
    location: MARKT,
    address: 'Lange Straße 12',
    description,
    email: 'anwohnerin@example.org',
  });

const townStaff = (method: string, path: string, json?: unknown) =>
  town.request(`/api/reports/admin${path}`, {
    method,
    headers: staff,
    ...(json === undefined ? {} : { json }),
  });
const run = () => forwardJob.run(ctx, { dueAt: new Date(), attempt: 1, signal });

describe('forwarding a category to the county’s Open311 server', () => {
  it('sends a report once staff confirm it, without the reporter’s contact data', async () => {
    const publicId = await report('strasse', 'Tiefes Schlagloch vor der Apotheke');
    // Not yet: the town hall looks first.
    expect(await run()).toMatchObject({ created: 0 });
    await refused(townStaff('GET', `/reports/${publicId}/forwarding`), 404, 'reports_forward_none');

    await ok(townStaff('POST', `/reports/${publicId}/status`, { status: 'confirmed' }));
    const queued = await ok<ForwardingState>(townStaff('GET', `/reports/${publicId}/forwarding`));
    expect(queued).toMatchObject({ state: 'queued', target: { id: 'landkreis' } });

    expect(await run()).toMatchObject({ created: 1, skipped: [] });
    const sent = await ok<ForwardingState>(townStaff('GET', `/reports/${publicId}/forwarding`));
    expect(sent).toMatchObject({ state: 'sent', attempts: 1, lastError: null });
    expect(sent.remoteId).toMatch(/^\d{4}-\d{5,6}$/);

    // The county has it, as its own report waiting for review: place and words, no contact.
    const there = await ok<StaffReportDetail>(county.staff('GET', `/reports/${sent.remoteId}`));
    expect(there).toMatchObject({
      category: 'strasse',
      address: 'Lange Straße 12',
      originalDescription: 'Tiefes Schlagloch vor der Apotheke',
      location: MARKT,
      reporterEmail: null,
    });
    // Here it is now in the county's hands: in progress, the reporter told by push.
    const here = await ok<StaffReportDetail>(townStaff('GET', `/reports/${publicId}`));
    expect(here.status).toBe('in_progress');
    expect(here.history.at(-1)).toMatchObject({
      status: 'in_progress',
      by: 'Landkreis Ludwigslust-Parchim',
    });
    expect((await pushes(town)).some((p) => p.url.endsWith(publicId))).toBe(true);

    // A second run sends nothing again.
    expect(await run()).toMatchObject({ created: 0 });
    const { rows } = await county.server.db.query(
      `SELECT count(*)::int AS n FROM reports WHERE description = 'Tiefes Schlagloch vor der Apotheke'`,
    );
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('brings the county’s notes and its closing back as public changes', async () => {
    const publicId = await report('strasse', 'Gullydeckel lose');
    await ok(townStaff('POST', `/reports/${publicId}/status`, { status: 'confirmed' }));
    await run();
    const { remoteId } = await ok<ForwardingState>(
      townStaff('GET', `/reports/${publicId}/forwarding`),
    );
    // The county publishes it and plans the repair; the town reads that back.
    await ok(county.staff('POST', `/reports/${remoteId}/moderation`, { state: 'public' }));
    await ok(
      county.staff('POST', `/reports/${remoteId}/status`, {
        status: 'in_progress',
        publicNote: 'Reparatur in Kalenderwoche 3 geplant.',
      }),
    );
    expect(await run()).toMatchObject({ changed: 1 });
    let here = await ok<StaffReportDetail>(townStaff('GET', `/reports/${publicId}`));
    expect(here.history.at(-1)).toMatchObject({
      status: 'in_progress',
      publicNote: 'Reparatur in Kalenderwoche 3 geplant.',
    });
    expect(await run()).toMatchObject({ changed: 0 });

    await ok(county.staff('POST', `/reports/${remoteId}/status`, { status: 'fixed' }));
    expect(await run()).toMatchObject({ changed: 1 });
    here = await ok<StaffReportDetail>(townStaff('GET', `/reports/${publicId}`));
    expect(here.status).toBe('fixed');
    expect(
      await ok<ForwardingState>(townStaff('GET', `/reports/${publicId}/forwarding`)),
    ).toMatchObject({ remoteStatus: 'closed' });
  });

  it('leaves categories that are not forwarded with the town', async () => {
    const publicId = await report('muell', 'Papierkorb voll');
    await ok(townStaff('POST', `/reports/${publicId}/status`, { status: 'confirmed' }));
    expect(await run()).toMatchObject({ created: 0 });
    await refused(townStaff('GET', `/reports/${publicId}/forwarding`), 404, 'reports_forward_none');
  });
});

describe('when the county cannot be reached or refuses', () => {
  it('keeps the report queued, tries again later and fails the source’s run', async () => {
    const closed = await startTown('http://127.0.0.1:9/open311/v2', 'irgendein-schluessel');
    try {
      const publicId = await reportIn(closed.server, { category: 'strasse', location: MARKT });
      await ok(
        closed.server.request(`/api/reports/admin/reports/${publicId}/status`, {
          method: 'POST',
          headers: closed.staff,
          json: { status: 'confirmed' },
        }),
      );
      await expect(
        forwardJob.run(closed.ctx, { dueAt: new Date(), attempt: 1, signal }),
      ).rejects.toMatchObject({ code: 'reports_forward_unreachable' });
      const state = await ok<ForwardingState>(
        closed.server.request(`/api/reports/admin/reports/${publicId}/forwarding`, {
          headers: closed.staff,
        }),
      );
      expect(state).toMatchObject({ state: 'queued', attempts: 1 });
      expect(state.lastError).not.toBe('');
      expect(new Date(state.nextTryAt as string).getTime()).toBeGreaterThan(Date.now() + 60_000);
      // The report itself is untouched: still confirmed, still with the town.
      const report = await ok<StaffReportDetail>(
        closed.server.request(`/api/reports/admin/reports/${publicId}`, { headers: closed.staff }),
      );
      expect(report.status).toBe('confirmed');
    } finally {
      await closed.server.close();
    }
  });

  it('marks a refused report failed with the county’s reason, and sends it again on request', async () => {
    const wrongKey = await startTown(`${countyPort.url}/open311/v2`, 'ein-falscher-schluessel');
    const as = (method: string, path: string, json?: unknown) =>
      wrongKey.server.request(`/api/reports/admin${path}`, {
        method,
        headers: wrongKey.staff,
        ...(json === undefined ? {} : { json }),
      });
    try {
      const publicId = await reportIn(wrongKey.server, {
        category: 'strasse',
        address: 'Bahnhofstraße 3',
      });
      await ok(as('POST', `/reports/${publicId}/status`, { status: 'confirmed' }));
      const summary = await forwardJob.run(wrongKey.ctx, { dueAt: new Date(), attempt: 1, signal });
      expect(summary?.skipped).toEqual([
        { item: publicId, reason: expect.stringMatching(/api_key/) },
      ]);
      expect(await ok<ForwardingState>(as('GET', `/reports/${publicId}/forwarding`))).toMatchObject(
        { state: 'failed', attempts: 1, lastError: expect.stringMatching(/api_key/) },
      );
      expect(
        await ok<ForwardingState>(as('POST', `/reports/${publicId}/forwarding/retry`)),
      ).toMatchObject({ state: 'queued', attempts: 0 });
    } finally {
      await wrongKey.server.close();
    }
  });
});

describe('the forwarding options', () => {
  const parse = (forwarding: unknown[]) => reportsConfigSchema.safeParse({ forwarding });
  it('refuse an unknown category, a category forwarded twice and plain http to another host', () => {
    const target = landkreis('https://open311.landkreis.example/v2');
    expect(parse([target]).success).toBe(true);
    expect(parse([{ ...target, services: { schlagloch: 'x' } }]).error?.issues[0]?.path).toEqual([
      'forwarding',
      0,
      'services',
      'schlagloch',
    ]);
    expect(parse([target, { ...target, id: 'zweiter' }]).success).toBe(false);
    expect(parse([{ ...target, endpoint: 'http://open311.landkreis.example/v2' }]).success).toBe(
      false,
    );
    expect(parse([{ ...target, apiKeyEnv: 'SECRET' }]).success).toBe(false);
  });
});
