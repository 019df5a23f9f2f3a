import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EditorArticle } from '../article.js';
import news from './index.js';

let server: TestServer;
let editor: Record<string, string>;

beforeAll(async () => {
  // No worker: the tests look at the outbox and the fan-out, nothing leaves the machine.
  // The residents below subscribe at push.invalid (a name that never resolves), which the
  // town accepts as a push service of its own.
  server = await createTestServer({
    modules: [news],
    env: { CITY_APP_NOTIFY_WORKER: 'off', CITY_APP_PUSH_SERVICES: 'push.invalid' },
  });
  editor = (await server.loginAs(['editor'])).headers;
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  await server.db.query('DELETE FROM news_articles');
});

const article = {
  title: 'Vollsperrung der Langen Straße',
  teaser: 'Ab Montag zwischen Markt und Bahnhof gesperrt.',
  category: 'Baustellen',
  area: 'altstadt',
};

async function create(body: Record<string, unknown> = article): Promise<EditorArticle> {
  const res = await server.request('/api/news/admin/articles', {
    method: 'POST',
    headers: editor,
    json: body,
  });
  expect(res.status).toBe(201);
  return res.json();
}

function publish(id: string, body?: unknown) {
  return server.request(`/api/news/admin/articles/${id}/publish`, {
    method: 'POST',
    headers: editor,
    ...(body === undefined ? {} : { json: body }),
  });
}

interface DispatchRow {
  topic: string;
  also_topics: string[];
  area: string | null;
  title: unknown;
  body: unknown;
  url: string;
  idempotency_key: string;
}

async function dispatchesFor(id: string): Promise<DispatchRow[]> {
  const { rows } = await server.db.query<DispatchRow>(
    `select topic, also_topics, area, title, body, url, idempotency_key from notify_dispatches
      where idempotency_key like $1`,
    [`news:${id}:%`],
  );
  return rows;
}

describe('publishing with { notify: true }', () => {
  it('writes exactly one dispatch to news and the category, with the article’s title, teaser and page', async () => {
    const draft = await create();
    const res = await publish(draft.id, { notify: true });
    expect(res.status).toBe(200);
    const published = await res.json();
    expect(published).toMatchObject({
      status: 'published',
      notification: { created: true, dispatchId: expect.stringMatching(/^\d+$/) },
    });
    expect(await dispatchesFor(draft.id)).toEqual([
      {
        topic: 'news',
        also_topics: ['news.baustellen'],
        area: 'altstadt',
        title: article.title,
        body: article.teaser,
        url: `/news/${draft.slug}`,
        idempotency_key: `news:${draft.id}:publish`,
      },
    ]);
  });

  it('does not notify again when the article is published again', async () => {
    const draft = await create();
    await publish(draft.id, { notify: true });
    await server.request(`/api/news/admin/articles/${draft.id}/unpublish`, {
      method: 'POST',
      headers: editor,
    });
    const again = await publish(draft.id, { notify: true });
    expect(again.status).toBe(200);
    expect((await again.json()).notification).toMatchObject({ created: false });
    expect(await dispatchesFor(draft.id)).toHaveLength(1);
  });

  it('publishes without a notification when not asked, or asked with false', async () => {
    const first = await create();
    const plain = await publish(first.id);
    expect(plain.status).toBe(200);
    expect(await plain.json()).not.toHaveProperty('notification');
    const second = await create({ ...article, title: 'Markttag' });
    expect((await publish(second.id, { notify: false })).status).toBe(200);
    expect([...(await dispatchesFor(first.id)), ...(await dispatchesFor(second.id))]).toEqual([]);
  });

  it('leaves article and outbox untouched when the publication fails (one transaction)', async () => {
    // A scheduled article cannot notify yet: the publish is refused after the row was updated
    // in the transaction, so the rollback must take the update back.
    const future = new Date(Date.now() + 24 * 3600_000).toISOString();
    const draft = await create({ ...article, publishAt: future });
    const res = await publish(draft.id, { notify: true });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed', field: 'notify' });
    const stored = await server.request(`/api/news/admin/articles/${draft.id}`, {
      headers: editor,
    });
    expect(await stored.json()).toMatchObject({ status: 'draft' });
    expect(await dispatchesFor(draft.id)).toEqual([]);
  });

  it('refuses a malformed body naming the field, publishing nothing', async () => {
    const draft = await create();
    const res = await publish(draft.id, { notify: 'ja' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed', field: 'notify' });
    const unknown = await publish(draft.id, { notfiy: true });
    expect(unknown.status).toBe(400);
    const stored = await server.request(`/api/news/admin/articles/${draft.id}`, {
      headers: editor,
    });
    expect(await stored.json()).toMatchObject({ status: 'draft' });
  });

  it('reaches a resident who follows both news and the category once', async () => {
    const keys = () => ({
      p256dh: createECDH('prime256v1').generateKeys().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    });
    const subscribe = async (topics: string[]) => {
      const res = await server.request(`/api/notify/installations/${randomUUID()}`, {
        method: 'PUT',
        json: {
          topics,
          subscription: { endpoint: `https://push.invalid/${randomUUID()}`, keys: keys() },
        },
      });
      expect(res.status).toBe(200);
    };
    await subscribe(['news', 'news.baustellen']);
    await subscribe(['news.baustellen']);
    await subscribe(['news.bildung']);
    const draft = await create();
    const { notification } = await (await publish(draft.id, { notify: true })).json();
    const worker = server.server.notify.worker();
    while ((await worker.fanOutOne()) >= 0) {
      // Earlier tests' dispatches fan out too.
    }
    const { rows } = await server.db.query(
      'select subscription_id from notify_deliveries where dispatch_id = $1',
      [notification.dispatchId],
    );
    expect(rows).toHaveLength(2);
  });
});
