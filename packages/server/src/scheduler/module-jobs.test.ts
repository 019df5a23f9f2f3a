import { defineModule } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCityServer } from '../create-city-server/index.js';
import { defineServerModule, type ServerModule } from '../module.js';
import {
  createTestPostgresDatabase,
  createTestServer,
  memoryLogger,
  TEST_CITY,
} from '../testing.js';

/** A module with one scheduled import that counts its runs in its own table. */
function feedModule(jobs: ServerModule['jobs'] = undefined) {
  return defineServerModule({
    manifest: defineModule({
      id: 'feeds',
      title: { de: 'Feeds', en: 'Feeds' },
      description: { de: 'Holt Feeds ab', en: 'Fetches feeds' },
      field: 'administration',
      personalData: [],
      configSchema: z.object({}),
      messages: { de: { title: 'Feeds' }, en: { title: 'Feeds' } },
    }),
    migrations: [{ id: '001_pulls', up: 'create table feed_pulls (due_at timestamptz not null)' }],
    jobs: jobs ?? [
      {
        name: 'sync',
        title: { de: 'Meldungen abrufen', en: 'Fetch the feeds' },
        kind: 'import',
        every: '10 minutes',
        async run(ctx, { dueAt }) {
          await ctx.db.query('insert into feed_pulls values ($1)', [dueAt]);
          return { created: 4, changed: 0, unchanged: 2, skipped: [] };
        },
      },
    ],
  });
}

describe('a module’s scheduled jobs in the server', () => {
  it('run at start, show their health to administrators only, and stop with the server', async () => {
    const t = await createTestServer({ modules: [feedModule()] });
    try {
      let sources: { job: string; successes: number }[] = [];
      // The first look happens right at start; wait for its run to be recorded.
      for (let i = 0; i < 100 && !sources[0]?.successes; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const admin = await t.loginAs(['admin']);
        const res = await t.request('/api/admin/sources', { headers: admin.headers });
        expect(res.status).toBe(200);
        // The kernel's own jobs (the feedback retention) are listed beside the module's.
        sources = (await res.json()).sources.filter(
          (s: { module: string }) => s.module === 'feeds',
        );
      }
      expect(sources).toEqual([
        expect.objectContaining({
          job: 'feeds.sync',
          module: 'feeds',
          kind: 'import',
          title: { de: 'Meldungen abrufen', en: 'Fetch the feeds' },
          successes: 1,
          failures: 0,
          lastError: null,
          lastCounts: { created: 4, changed: 0, unchanged: 2, skipped: 0 },
        }),
      ]);
      const editor = await t.loginAs(['editor']);
      expect((await t.request('/api/admin/sources', { headers: editor.headers })).status).toBe(403);
      expect((await t.request('/api/admin/sources')).status).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('refuses to start with a job whose schedule it cannot run, naming module and job', async () => {
    const broken = feedModule([{ name: 'sync', every: 'sometimes', run: async () => undefined }]);
    await expect(createTestServer({ modules: [broken] })).rejects.toThrow(/feeds\.sync/);
    const twice = feedModule([
      { name: 'sync', every: '1 hour', run: async () => undefined },
      { name: 'sync', at: '18:00', run: async () => undefined },
    ]);
    await expect(createTestServer({ modules: [twice] })).rejects.toThrow(/feeds.*"sync"/);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'scheduled jobs of two servers on one PostgreSQL',
  () => {
    it('run each due time once, whichever server looks first', async () => {
      const database = await createTestPostgresDatabase();
      let at = Date.parse('2026-10-25T08:01:00Z');
      const now = () => new Date(at);
      const start = () =>
        createCityServer(
          { ...TEST_CITY, modules: { feeds: {} } },
          {
            modules: [feedModule()],
            env: { DATABASE_URL: database.url },
            log: memoryLogger(),
            webRoot: false,
            scheduler: { now, checkEveryMs: 20 },
          },
        );
      const servers = await Promise.all([start(), start()]);
      try {
        // Both servers look every 20 ms; time moves by ten minutes three times.
        for (let i = 0; i < 3; i++) {
          await new Promise((r) => setTimeout(r, 400));
          at += 10 * 60_000;
        }
        await new Promise((r) => setTimeout(r, 400));
        const { rows } = await (servers[0]?.db ?? { query: async () => ({ rows: [] }) }).query<{
          due: string;
        }>(
          `select to_char(due_at at time zone 'UTC', 'HH24:MI') as due from feed_pulls order by 1`,
        );
        expect(rows.map((r) => r.due)).toEqual(['08:00', '08:10', '08:20', '08:30']);
      } finally {
        await Promise.all(servers.map((s) => s.close()));
        await database.drop();
      }
    });
  },
);
