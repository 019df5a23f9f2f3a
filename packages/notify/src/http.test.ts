import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../test/databases.js';
import { AREAS, TEST_PUSH_SERVICES, TOPICS, VAPID } from '../test/fixtures.js';
import { type PushStub, startPushStub } from '../test/push-stub.js';
import { notifyRoutes } from './http.js';
import { createNotify, type Notify } from './index.js';

const editorsOnly: MiddlewareHandler = async (c, next) => {
  if (c.req.header('x-test-role') !== 'editor')
    return c.json({ code: 'forbidden', message: 'editors only' }, 403);
  await next();
};

describe('notifyRoutes', () => {
  let t: TestDatabase;
  let stub: PushStub;
  let notify: Notify;
  let app: ReturnType<typeof notifyRoutes>;
  beforeAll(async () => {
    [t, stub] = await Promise.all([pgliteDatabase(), startPushStub()]);
    notify = createNotify(t.db, {
      timezone: 'Europe/Berlin',
      vapid: VAPID,
      pushServices: TEST_PUSH_SERVICES,
      areas: AREAS,
    });
    await notify.topics.declare(TOPICS);
    app = notifyRoutes(notify, { requireEditor: editorsOnly });
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

  it('lists topics and the VAPID public key', async () => {
    const topics = await (await app.request('/topics')).json();
    expect(topics.topics.map((x: { id: string }) => x.id).sort()).toEqual([
      'baustellen',
      'veranstaltungen',
    ]);
    expect(await (await app.request('/vapid-public-key')).json()).toEqual({
      publicKey: VAPID.publicKey,
    });
  });

  it('lets a resident subscribe, change interests, export, unsubscribe and delete, anonymously', async () => {
    const id = randomUUID();
    const browser = stub.subscribe();
    const res = await put(`/installations/${id}`, {
      topics: ['baustellen'],
      areas: ['neudorf'],
      quietHours: { start: '21:30', end: '06:30' },
      subscription: browser,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id,
      topics: ['baustellen'],
      subscriptions: [{ endpoint: browser.endpoint }],
    });
    expect(
      (await put(`/installations/${id}`, { topics: ['veranstaltungen'], language: 'en' })).status,
    ).toBe(200);
    const exported = await app.request(`/installations/${id}`);
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
    expect(await exported.json()).toMatchObject({
      installation: { language: 'en', topics: ['veranstaltungen'] },
    });
    const unsubscribe = () =>
      app.request(`/installations/${id}/unsubscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ endpoint: browser.endpoint }),
      });
    expect((await unsubscribe()).status).toBe(204);
    expect((await unsubscribe()).status).toBe(404);
    expect((await app.request(`/installations/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(`/installations/${id}`)).status).toBe(404);
  });

  it('answers bad input with a JSON error naming the field', async () => {
    const res = await put(`/installations/${randomUUID()}`, { topics: ['abfall'] });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'validation_failed',
      field: 'topics',
      message: expect.stringContaining('abfall'),
    });
    const notJson = await app.request(`/installations/${randomUUID()}`, {
      method: 'PUT',
      body: 'nope',
    });
    expect(await notJson.json()).toMatchObject({ field: 'body' });
  });

  it('lets only editors send, and shows them the delivery figures', async () => {
    const browser = stub.subscribe();
    await put(`/installations/${randomUUID()}`, { topics: ['baustellen'], subscription: browser });
    const message = {
      topic: 'baustellen',
      title: 'Kanalarbeiten',
      body: 'Ab Dienstag',
      idempotencyKey: 'editor-1',
    };
    const post = (headers: Record<string, string>) =>
      app.request('/dispatches', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(message),
      });
    expect((await post({})).status).toBe(403);
    const created = await post({ 'x-test-role': 'editor' });
    expect(created.status).toBe(201);
    const { dispatchId } = await created.json();
    expect((await post({ 'x-test-role': 'editor' })).status).toBe(200);
    await notify.worker({ ca: stub.ca }).runOnce();
    expect(stub.received.filter((m) => m.subscription === browser.id)).toHaveLength(1);
    const figures = await (
      await app.request(`/dispatches/${dispatchId}`, { headers: { 'x-test-role': 'editor' } })
    ).json();
    expect(figures).toMatchObject({ recipients: 1, deliveries: { sent: 1 } });
    const list = await (
      await app.request('/dispatches', { headers: { 'x-test-role': 'editor' } })
    ).json();
    expect(list.dispatches[0]).toMatchObject({ id: dispatchId });
  });

  it('lets editors send to topics only, not to one installation', async () => {
    const res = await app.request('/dispatches', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-role': 'editor' },
      body: JSON.stringify({
        installationId: randomUUID(),
        title: 'Nur für Sie',
        body: 'x',
        idempotencyKey: 'editor-to-one',
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed', field: 'installationId' });
    const stored = await t.db.query(
      "select 1 from notify_dispatches where idempotency_key = 'editor-to-one'",
    );
    expect(stored.rows).toEqual([]);
  });

  it('sends a test notification to one installation only, now, and not twice in a row', async () => {
    const mine = stub.subscribe();
    const neighbour = stub.subscribe();
    const id = randomUUID();
    // Quiet hours all day long: the resident asked, so the test still arrives at once.
    await put(`/installations/${id}`, {
      language: 'en',
      topics: ['baustellen'],
      quietHours: { start: '00:00', end: '23:59' },
      subscription: mine,
    });
    await put(`/installations/${randomUUID()}`, {
      topics: ['baustellen'],
      subscription: neighbour,
    });
    const test = () => app.request(`/installations/${id}/test`, { method: 'POST' });
    const res = await test();
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ recipients: 1 });
    expect((await test()).status).toBe(429);
    await notify.worker({ ca: stub.ca }).runOnce();
    const received = stub.received.filter((m) => m.subscription === mine.id);
    expect(received.map((m) => m.json)).toEqual([
      expect.objectContaining({ title: 'Test notification', topic: 'test', url: '/einstellungen' }),
    ]);
    expect(stub.received.filter((m) => m.subscription === neighbour.id)).toEqual([]);
    // Editors' figures are about their own messages.
    const list = await (
      await app.request('/dispatches', { headers: { 'x-test-role': 'editor' } })
    ).json();
    expect(list.dispatches.every((d: { topic: unknown }) => typeof d.topic === 'string')).toBe(
      true,
    );
    // Deleting the installation deletes its test messages too.
    expect((await app.request(`/installations/${id}`, { method: 'DELETE' })).status).toBe(204);
    const left = await t.db.query('select 1 from notify_dispatches where installation_id = $1', [
      id,
    ]);
    expect(left.rowCount).toBe(0);
  });

  it('refuses a test notification for an unknown installation or one without subscription', async () => {
    const unknown = await app.request(`/installations/${randomUUID()}/test`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    const id = randomUUID();
    await put(`/installations/${id}`, { topics: [] });
    const res = await app.request(`/installations/${id}/test`, { method: 'POST' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'subscription' });
    const stored = await t.db.query('select 1 from notify_dispatches where installation_id = $1', [
      id,
    ]);
    expect(stored.rowCount).toBe(0);
  });
});
