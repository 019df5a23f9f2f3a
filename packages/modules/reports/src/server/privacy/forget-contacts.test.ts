import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportsConfig } from '../../config.js';
import reports from '../index.js';
import { forgetContactsJob } from './forget-contacts.js';

let server: TestServer;
let ctx: ModuleServerContext<ReportsConfig>;
let staff: Record<string, string>;
beforeAll(async () => {
  let captured: ModuleServerContext<ReportsConfig> | undefined;
  server = await createTestServer({
    modules: [
      {
        ...reports,
        start(c) {
          captured = c as ModuleServerContext<ReportsConfig>;
          return undefined;
        },
      },
    ],
    city: { ...TEST_CITY, modules: { reports: {} } },
    env: { CITY_APP_NOTIFY_WORKER: 'off' },
    scheduler: { now: () => new Date('2000-01-01T00:00:00Z'), checkEveryMs: 2 ** 30 },
  });
  if (!captured) throw new Error('the reports module was not started');
  ctx = captured;
  staff = (await server.loginAs(['reports'])).headers;
});
afterAll(() => server?.close());

async function reportWith(email: string, status: 'fixed' | 'confirmed') {
  const device = crypto.randomUUID();
  await server.request(`/api/notify/installations/${device}`, {
    method: 'PUT',
    json: { language: 'de', topics: [] },
  });
  const res = await server.request('/api/reports', {
    method: 'POST',
    json: { category: 'muell', address: 'Markt 1', email, installationId: device },
  });
  const { publicId } = (await res.json()) as { publicId: string };
  await server.request(`/api/reports/admin/reports/${publicId}/status`, {
    method: 'POST',
    headers: staff,
    json: { status },
  });
  return publicId;
}

const contacts = async (publicId: string) =>
  (
    await server.db.query<{ reporter_email: string | null; reporter_installation: string | null }>(
      'SELECT reporter_email, reporter_installation FROM reports WHERE public_id = $1',
      [publicId],
    )
  ).rows[0];

describe('forgetting who reported', () => {
  it('forgets the contacts of reports done more than 90 days ago, and keeps the others', async () => {
    const done = await reportWith('alt@example.org', 'fixed');
    const recent = await reportWith('neu@example.org', 'fixed');
    const open = await reportWith('offen@example.org', 'confirmed');
    await server.db.query(
      `UPDATE reports SET done_at = now() - interval '91 days' WHERE public_id = $1`,
      [done],
    );
    const signal = new AbortController().signal;
    const run = () => forgetContactsJob.run(ctx, { dueAt: new Date(), attempt: 1, signal });
    expect(await run()).toEqual({ forgotten: 1, unfollowed: 0, goneDevices: 0 });
    expect(await contacts(done)).toEqual({ reporter_email: null, reporter_installation: null });
    expect((await contacts(recent))?.reporter_email).toBe('neu@example.org');
    expect((await contacts(open))?.reporter_email).toBe('offen@example.org');
    // The report itself stays, as a record of the town's work; a second run finds nothing.
    expect(
      (await server.request(`/api/reports/admin/reports/${done}`, { headers: staff })).status,
    ).toBe(200);
    expect(await run()).toEqual({ forgotten: 0, unfollowed: 0, goneDevices: 0 });
  });

  it('forgets a device the resident deleted, as reporter and as follower', async () => {
    const reported = await reportWith('geraet@example.org', 'confirmed');
    const { reporter_installation: device } = (await contacts(reported)) ?? {};
    if (!device) throw new Error('the report has no device');
    const followed = await reportWith('andere@example.org', 'confirmed');
    await server.request(`/api/reports/${followed}/followers/${device}`, { method: 'PUT' });
    expect(
      (await server.request(`/api/notify/installations/${device}`, { method: 'DELETE' })).status,
    ).toBeLessThan(300);

    const signal = new AbortController().signal;
    const result = await forgetContactsJob.run(ctx, { dueAt: new Date(), attempt: 1, signal });
    expect(result).toMatchObject({ goneDevices: 1 });
    expect(await contacts(reported)).toEqual({
      reporter_email: 'geraet@example.org',
      reporter_installation: null,
    });
    const { rows } = await server.db.query(
      'SELECT 1 FROM reports_followers WHERE installation_id = $1',
      [device],
    );
    expect(rows).toEqual([]);
  });
});
