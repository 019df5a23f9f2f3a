import {
  createTestServer,
  expectChanged,
  expectRevalidated,
  type TestServer,
} from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditorArticle } from '../article.js';
import news from './index.js';

// A published article is the same for everyone: a phone asks again with its ETag and gets a
// 304 until an editor changes it.
let server: TestServer;
let editor: Record<string, string>;
beforeAll(async () => {
  server = await createTestServer({ modules: [news] });
  editor = (await server.loginAs(['editor'])).headers;
});
afterAll(() => server?.close());

const article = {
  title: 'Sommerfest im Stadtpark',
  teaser: 'Am Samstag feiert Hagenow im Stadtpark.',
  body: 'Musik, Essen und Spiele für alle.',
  category: 'Veranstaltungen',
};

describe('a published article', () => {
  it('answers with 304 while unchanged and with a new ETag once an editor changed it', async () => {
    const admin = (path: string, method: string, json?: unknown) =>
      server.request(`/api/news/admin/articles${path}`, {
        method,
        headers: editor,
        ...(json === undefined ? {} : { json }),
      });
    const created = (await (await admin('', 'POST', article)).json()) as EditorArticle;
    expect((await admin(`/${created.id}/publish`, 'POST')).status).toBe(200);
    const path = `/api/news/articles/${created.slug}`;
    const etag = await expectRevalidated(server, path);

    const put = await admin(`/${created.id}`, 'PUT', { ...article, body: 'Jetzt mit Feuerwerk.' });
    expect(put.status).toBe(200);
    await expectChanged(server, path, etag);
  });
});
