import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../test/databases.js';
import { TEST_PUSH_SERVICES, TOPICS, VAPID } from '../test/fixtures.js';
import { type PushStub, startPushStub } from '../test/push-stub.js';
import { notifyRoutes } from './http.js';
import { createNotify } from './index.js';

const nobody: MiddlewareHandler = async (c) => c.json({ code: 'forbidden', message: 'no' }, 403);

describe('PUT /installations/:id/subscription (the browser replaced its subscription)', () => {
  let t: TestDatabase;
  let stub: PushStub;
  let app: ReturnType<typeof notifyRoutes>;
  beforeAll(async () => {
    [t, stub] = await Promise.all([pgliteDatabase(), startPushStub()]);
    const notify = createNotify(t.db, {
      timezone: 'Europe/Berlin',
      vapid: VAPID,
      pushServices: TEST_PUSH_SERVICES,
    });
    await notify.topics.declare(TOPICS);
    app = notifyRoutes(notify, { requireEditor: nobody });
  });
  afterAll(async () => {
    await stub?.close();
    await t?.close();
  });
  const put = (path: string, body: unknown) =>
    app.request(path, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const strip = ({ id: _id, ...subscription }: ReturnType<PushStub['subscribe']>) => subscription;

  it('swaps the subscription and keeps the preferences', async () => {
    const id = randomUUID();
    const old = stub.subscribe();
    await put(`/installations/${id}`, {
      language: 'en',
      topics: ['baustellen'],
      quietHours: { start: '22:00', end: '07:00' },
      subscription: strip(old),
    });
    const fresh = stub.subscribe();
    const res = await put(`/installations/${id}/subscription`, {
      subscription: strip(fresh),
      oldEndpoint: old.endpoint,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      id,
      language: 'en',
      topics: ['baustellen'],
      quietHours: { start: '22:00', end: '07:00' },
    });
    expect(body.subscriptions.map((s: { endpoint: string }) => s.endpoint)).toEqual([
      fresh.endpoint,
    ]);
  });

  it('answers 404 for an unknown installation and 400 naming the field for a bad one', async () => {
    const unknown = await put(`/installations/${randomUUID()}/subscription`, {
      subscription: strip(stub.subscribe()),
    });
    expect(unknown.status).toBe(404);

    const id = randomUUID();
    const first = stub.subscribe();
    await put(`/installations/${id}`, { topics: [], subscription: strip(first) });
    const bad = await put(`/installations/${id}/subscription`, {
      subscription: { endpoint: 'http://push.example/x', keys: { p256dh: 'a', auth: 'b' } },
      oldEndpoint: first.endpoint,
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'subscription.endpoint' });
    // Nothing changed: the old subscription is still there.
    const still = await (await app.request(`/installations/${id}`)).json();
    expect(still.installation.subscriptions).toEqual([
      expect.objectContaining({ endpoint: first.endpoint }),
    ]);
  });
});
