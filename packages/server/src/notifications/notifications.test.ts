/// <reference path="../../../notify/test/http_ece.d.ts" />
import { randomUUID } from 'node:crypto';
import { defineModule } from '@city-app/core';
import { generateVapidKeys } from '@city-app/notify';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
// The checking push service of notify's own tests: HTTPS on 127.0.0.1, decrypts every push.
import { type PushStub, startPushStub } from '../../../notify/test/push-stub.js';
import { createCityServer } from '../create-city-server/index.js';
import { openKernelDatabase } from '../database/open.js';
import { type CityEnv, defineServerModule } from '../module.js';
import { createTestServer, memoryLogger, TEST_CITY, type TestServer } from '../testing.js';

/** A module that declares topics and announces what it posts through ctx.notify. */
const bulletins = defineServerModule({
  manifest: defineModule({
    id: 'bulletins',
    title: { de: 'Bekanntmachungen', en: 'Bulletins' },
    description: { de: 'Amtliche Bekanntmachungen', en: 'Official notices' },
    field: 'administration',
    personalData: [],
    configSchema: z.object({}),
    topics: [
      {
        id: 'bulletins',
        title: { de: 'Bekanntmachungen', en: 'Bulletins' },
        description: { de: 'Jede Bekanntmachung', en: 'Every bulletin' },
      },
      {
        id: 'bulletins.wahlen',
        title: { de: 'Wahlen' },
        description: { de: 'Wahlbekanntmachungen' },
      },
    ],
    messages: { de: { title: 'Bekanntmachungen' }, en: { title: 'Bulletins' } },
  }),
  migrations: [{ id: '001', up: 'create table bulletins (id serial primary key, title text)' }],
  routes(ctx) {
    return new Hono<CityEnv>()
      .post('/', ctx.requireRole('editor'), async (c) => {
        const { title, fail } = (await c.req.json()) as { title: string; fail?: boolean };
        const result = await ctx.db.transaction(async (tx) => {
          const { rows } = await tx.query<{ id: number }>(
            'insert into bulletins (title) values ($1) returning id',
            [title],
          );
          const id = rows[0]?.id;
          const sent = await ctx.notify?.send(tx, {
            topic: 'bulletins',
            title,
            body: 'Neue Bekanntmachung',
            url: `/bulletins/${id}`,
            idempotencyKey: `bulletins:${id}`,
          });
          if (fail) throw new Error('the publication failed after sending');
          return { id, dispatch: sent?.dispatchId };
        });
        return c.json(result, 201);
      })
      .post('/:id/reminder', async (c) => {
        // A resident asked to be reminded on this device: a message to its installation only.
        const { installationId } = (await c.req.json()) as { installationId: string };
        const sent = await ctx.db.transaction(async (tx) =>
          ctx.notify?.send(tx, {
            installationId,
            title: 'Erinnerung: Einwendungsfrist endet morgen',
            body: 'Bekanntmachung',
            url: `/bulletins/${c.req.param('id')}`,
            idempotencyKey: `bulletins:${c.req.param('id')}:reminder:${installationId}`,
          }),
        );
        return c.json({ dispatch: sent?.dispatchId }, 201);
      })
      .post('/:id/reminders', async (c) => {
        // Residents who asked on their devices: one message per list, all in one insert.
        const { lists } = (await c.req.json()) as { lists: string[][] };
        const sent = await ctx.db.transaction(async (tx) =>
          ctx.notify?.sendMany(
            tx,
            lists.map((installationIds, i) => ({
              installationIds,
              title: `Frist ${i + 1}`,
              body: 'Bekanntmachung',
              idempotencyKey: `bulletins:${c.req.param('id')}:list:${i}`,
            })),
          ),
        );
        return c.json({ sent }, 201);
      })
      .post('/existing', async (c) => {
        const { ids } = (await c.req.json()) as { ids: string[] };
        return c.json({ existing: await ctx.notify?.existingInstallations(ids) });
      });
  },
});

const subscriptionOf = ({ id: _id, ...subscription }: ReturnType<PushStub['subscribe']>) =>
  subscription;

async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 10_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('notifications in the kernel', () => {
  let stub: PushStub;
  let t: TestServer;
  beforeAll(async () => {
    stub = await startPushStub();
    t = await createTestServer({
      modules: [bulletins],
      env: stub.env,
      notifyWorker: { ca: stub.ca, intervalMs: 50 },
    });
  });
  afterAll(async () => {
    await t?.close();
    await stub?.close();
  });

  it("lists the enabled modules' topics in their field of action", async () => {
    const { topics } = await (await t.request('/api/notify/topics')).json();
    expect(topics).toEqual([
      {
        id: 'bulletins',
        name: { de: 'Bekanntmachungen', en: 'Bulletins' },
        description: { de: 'Jede Bekanntmachung', en: 'Every bulletin' },
        field: 'administration',
        source: 'bulletins',
      },
      {
        id: 'bulletins.wahlen',
        name: { de: 'Wahlen' },
        description: { de: 'Wahlbekanntmachungen' },
        field: 'administration',
        source: 'bulletins',
      },
    ]);
    expect((await (await t.request('/api/town')).json()).notifications).toBe(true);
  });

  it('describes the notify routes in the OpenAPI document', async () => {
    const doc = await (await t.request('/api/openapi.json')).json();
    expect(doc.paths['/api/notify/topics']?.get).toBeDefined();
    expect(doc.paths['/api/notify/installations/{id}']?.put?.requestBody).toBeDefined();
    expect(doc.paths['/api/notify/dispatches']?.post).toMatchObject({
      'x-required-role': 'editor',
      security: [{ cookieAuth: [] }],
    });
  });

  it('lets a resident subscribe anonymously and checks the input, naming the field', async () => {
    const id = randomUUID();
    const res = await t.request(`/api/notify/installations/${id}`, {
      method: 'PUT',
      json: {
        topics: ['bulletins'],
        areas: ['altstadt'],
        subscription: subscriptionOf(stub.subscribe()),
      },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, topics: ['bulletins'], areas: ['altstadt'] });
    const unknownArea = await t.request(`/api/notify/installations/${randomUUID()}`, {
      method: 'PUT',
      json: { topics: ['bulletins'], areas: ['atlantis'] },
    });
    expect(unknownArea.status).toBe(400);
    expect(await unknownArea.json()).toMatchObject({ code: 'validation_failed', field: 'areas' });
  });

  it('lets only editors send, and the worker delivers through the push service', async () => {
    const browser = stub.subscribe();
    await t.request(`/api/notify/installations/${randomUUID()}`, {
      method: 'PUT',
      json: { topics: ['bulletins.wahlen'], subscription: subscriptionOf(browser) },
    });
    const message = {
      topic: 'bulletins.wahlen',
      title: 'Briefwahl beantragen',
      body: 'Bis Freitag im Bürgerbüro',
      url: '/bulletins/wahl',
      idempotencyKey: 'wahl-1',
    };
    const anonymous = await t.request('/api/notify/dispatches', { json: message });
    expect(anonymous.status).toBe(401);
    const reader = await t.loginAs(['clerk']);
    expect(
      (await t.request('/api/notify/dispatches', { json: message, headers: reader.headers }))
        .status,
    ).toBe(403);

    const editor = await t.loginAs(['editor']);
    const sent = await t.request('/api/notify/dispatches', {
      json: message,
      headers: editor.headers,
    });
    expect(sent.status).toBe(201);
    const { dispatchId } = await sent.json();
    const again = await t.request('/api/notify/dispatches', {
      json: message,
      headers: editor.headers,
    });
    expect(again.status).toBe(200);

    await until(() => stub.received.some((m) => m.subscription === browser.id), 'the push');
    expect(stub.rejected).toEqual([]);
    expect(stub.received.filter((m) => m.subscription === browser.id).map((m) => m.json)).toEqual([
      expect.objectContaining({ title: 'Briefwahl beantragen', url: '/bulletins/wahl' }),
    ]);
    // The worker records the outcome right after the push service answered.
    let figures: { recipients?: number; deliveries?: { sent: number } } = {};
    await until(async () => {
      const res = await t.request(`/api/notify/dispatches/${dispatchId}`, {
        headers: editor.headers,
      });
      figures = await res.json();
      return figures.deliveries?.sent === 1;
    }, 'the recorded delivery');
    expect(figures).toMatchObject({ recipients: 1, deliveries: { sent: 1 } });
  });

  it('gives modules ctx.notify.send in their own transaction', async () => {
    const browser = stub.subscribe();
    await t.request(`/api/notify/installations/${randomUUID()}`, {
      method: 'PUT',
      json: { topics: ['bulletins'], subscription: subscriptionOf(browser) },
    });
    const editor = await t.loginAs(['editor']);
    const failed = await t.request('/api/bulletins', {
      json: { title: 'Zurückgezogen', fail: true },
      headers: editor.headers,
    });
    expect(failed.status).toBe(500);
    const posted = await t.request('/api/bulletins', {
      json: { title: 'Haushaltssatzung 2026' },
      headers: editor.headers,
    });
    expect(posted.status).toBe(201);
    const { dispatch } = await posted.json();
    expect(dispatch).toMatch(/^\d+$/);
    const stored = await t.db.query<{ title: unknown }>('select title from notify_dispatches');
    expect(stored.rows.map((r) => r.title)).not.toContain('Zurückgezogen');
    await until(() => stub.received.some((m) => m.subscription === browser.id), 'the push');
    expect(
      stub.received.filter((m) => m.subscription === browser.id).map((m) => m.json.title),
    ).toEqual(['Haushaltssatzung 2026']);
  });

  it("lets a module send to one resident's installation through ctx.notify", async () => {
    const asking = stub.subscribe();
    const following = stub.subscribe();
    const installationId = randomUUID();
    await t.request(`/api/notify/installations/${installationId}`, {
      method: 'PUT',
      json: { topics: [], subscription: subscriptionOf(asking) },
    });
    await t.request(`/api/notify/installations/${randomUUID()}`, {
      method: 'PUT',
      json: { topics: ['bulletins'], subscription: subscriptionOf(following) },
    });
    const posted = await t.request('/api/bulletins/7/reminder', { json: { installationId } });
    expect(posted.status).toBe(201);
    await until(() => stub.received.some((m) => m.subscription === asking.id), 'the push');
    expect(stub.received.filter((m) => m.subscription === asking.id).map((m) => m.json)).toEqual([
      expect.objectContaining({
        title: 'Erinnerung: Einwendungsfrist endet morgen',
        url: '/bulletins/7',
      }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(stub.received.filter((m) => m.subscription === following.id)).toEqual([]);
    // Not an editor's message: the editors' figures leave it out.
    const editor = await t.loginAs(['editor']);
    const { dispatches } = await (
      await t.request('/api/notify/dispatches', { headers: editor.headers })
    ).json();
    expect(dispatches.map((d: { id: string }) => d.id)).not.toContain(
      (await posted.json()).dispatch,
    );
  });
});

describe('a module’s messages to lists of installations', () => {
  let stub: PushStub;
  let t: TestServer;
  beforeAll(async () => {
    stub = await startPushStub();
    t = await createTestServer({
      modules: [bulletins],
      env: stub.env,
      notifyWorker: { ca: stub.ca, intervalMs: 50 },
    });
  });
  afterAll(async () => {
    await t?.close();
    await stub?.close();
  });

  it('sends many messages through ctx.notify.sendMany, each to its list, and tells which installations exist', async () => {
    const browsers = [stub.subscribe(), stub.subscribe(), stub.subscribe()];
    const ids = browsers.map(() => randomUUID());
    for (const [i, browser] of browsers.entries()) {
      await t.request(`/api/notify/installations/${ids[i]}`, {
        method: 'PUT',
        json: { topics: [], subscription: subscriptionOf(browser) },
      });
    }
    const [a, b, c] = ids as [string, string, string];
    const gone = randomUUID();
    const lists = [
      [a, b],
      [c, gone],
    ];
    const posted = await t.request('/api/bulletins/9/reminders', { json: { lists } });
    expect(posted.status).toBe(201);
    const again = await t.request('/api/bulletins/9/reminders', { json: { lists } });
    expect((await again.json()).sent.map((r: { created: boolean }) => r.created)).toEqual([
      false,
      false,
    ]);
    await until(() => stub.received.length === 3, 'three pushes');
    const titleOf = (i: number) =>
      stub.received.filter((m) => m.subscription === browsers[i]?.id).map((m) => m.json.title);
    expect([titleOf(0), titleOf(1), titleOf(2)]).toEqual([['Frist 1'], ['Frist 1'], ['Frist 2']]);
    const existing = await t.request('/api/bulletins/existing', { json: { ids: [a, gone, c] } });
    expect(((await existing.json()).existing as string[]).sort()).toEqual([a, c].sort());
  });
});

describe('notification worker and keys per process', () => {
  it('stops the worker on close(); CITY_APP_NOTIFY_WORKER=off runs none', async () => {
    const stub = await startPushStub();
    const db = await openKernelDatabase({ dataDir: 'memory://' });
    try {
      const city = { ...TEST_CITY, modules: { bulletins: {} } };
      const server = await createCityServer(city, {
        modules: [bulletins],
        database: db,
        env: stub.env,
        log: memoryLogger(),
        webRoot: false,
        notifyWorker: { ca: stub.ca, intervalMs: 20 },
      });
      const browser = stub.subscribe();
      await server.notify.installations.upsert(randomUUID(), {
        topics: ['bulletins'],
        subscription: subscriptionOf(browser),
      });
      const send = (key: string) =>
        db.transaction((tx) =>
          server.notify.send(tx, {
            topic: 'bulletins',
            title: key,
            body: 'x',
            idempotencyKey: key,
          }),
        );
      await send('before-close');
      await until(() => stub.received.length === 1, 'the first push');
      await server.close();
      await send('after-close');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stub.received.map((m) => m.json.title)).toEqual(['before-close']);

      // A second process on the same database with the worker off: the same stored keys,
      // and nothing delivered.
      const log = memoryLogger();
      const quiet = await createCityServer(city, {
        modules: [bulletins],
        database: db,
        env: { ...stub.env, CITY_APP_NOTIFY_WORKER: 'off' },
        log,
        webRoot: false,
        notifyWorker: { ca: stub.ca, intervalMs: 20 },
      });
      expect(quiet.notify.vapid.publicKey).toBe(server.notify.vapid.publicKey);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stub.received).toHaveLength(1);
      expect(log.lines.map((l) => l.message)).toContain(
        'Notification worker off in this process (CITY_APP_NOTIFY_WORKER=off)',
      );
      // Another process delivers it.
      await quiet.notify.worker({ ca: stub.ca }).runOnce();
      expect(stub.received.map((m) => m.json.title)).toEqual(['before-close', 'after-close']);
      await quiet.close();
    } finally {
      await db.close();
      await stub.close();
    }
  });

  it('refuses, by default, a subscription to anything but a browser push service on a public address', async () => {
    const stub = await startPushStub();
    const t = await createTestServer({ env: { CITY_APP_NOTIFY_WORKER: 'off' } });
    try {
      const local = subscriptionOf(stub.subscribe());
      for (const endpoint of [
        local.endpoint,
        'https://[::1]/push/1',
        'https://192.168.178.1/push/1',
        'https://printer.rathaus.example/push/1',
      ]) {
        const res = await t.request(`/api/notify/installations/${randomUUID()}`, {
          method: 'PUT',
          json: { topics: ['bulletins'], subscription: { ...local, endpoint } },
        });
        expect(res.status).toBe(400);
        expect(await res.json()).toMatchObject({
          code: 'push_endpoint_refused',
          field: 'subscription.endpoint',
        });
      }
      expect(stub.requests).toEqual([]);
    } finally {
      await t.close();
      await stub.close();
    }
    await expect(
      createTestServer({ env: { CITY_APP_PUSH_PRIVATE_ADDRESSES: 'sure' } }),
    ).rejects.toMatchObject({
      code: 'invalid_environment',
      field: 'CITY_APP_PUSH_PRIVATE_ADDRESSES',
    });
  });

  it('takes VAPID keys from the environment and refuses a bad worker setting', async () => {
    const keys = generateVapidKeys('mailto:rathaus@musterstadt.example');
    const t = await createTestServer({
      env: {
        CITY_APP_VAPID_PUBLIC_KEY: keys.publicKey,
        CITY_APP_VAPID_PRIVATE_KEY: keys.privateKey,
        CITY_APP_VAPID_SUBJECT: keys.subject,
        CITY_APP_NOTIFY_WORKER: 'off',
      },
    });
    try {
      expect(await (await t.request('/api/notify/vapid-public-key')).json()).toEqual({
        publicKey: keys.publicKey,
      });
    } finally {
      await t.close();
    }
    await expect(
      createTestServer({ env: { CITY_APP_NOTIFY_WORKER: 'sometimes' } }),
    ).rejects.toMatchObject({
      code: 'invalid_environment',
      field: 'CITY_APP_NOTIFY_WORKER',
    });
  });
});
