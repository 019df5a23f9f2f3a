import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATOM, parseXml } from '../../test/xml.js';
import type { ArticlePage, EditorArticle } from '../article.js';
import news from './index.js';

// The same SQL must hold on a real PostgreSQL (the scaled mode). Under CI a missing
// database fails loudly instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)('news on PostgreSQL', () => {
  let server: TestServer;
  let editor: Record<string, string>;

  beforeAll(async () => {
    server = await createTestServer({ modules: [news], database: 'postgres' });
    editor = (await server.loginAs(['editor'])).headers;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('creates, schedules, publishes, lists, feeds and deletes', async () => {
    const post = (path: string, json?: unknown) =>
      server.request(`/api/news/admin/articles${path}`, {
        method: 'POST',
        headers: editor,
        ...(json ? { json } : {}),
      });
    const body = { title: 'Stadtfest', category: 'Veranstaltungen', body: 'Am **Samstag**.' };
    const first = (await (await post('', body)).json()) as EditorArticle;
    const second = (await (await post('', body)).json()) as EditorArticle;
    expect([first.slug, second.slug]).toEqual(['stadtfest', 'stadtfest-2']);

    const later = (await (
      await post('', { ...body, publishAt: new Date(Date.now() + 3600_000).toISOString() })
    ).json()) as EditorArticle;
    for (const article of [first, later])
      expect((await post(`/${article.id}/publish`)).status).toBe(200);

    const list = (await (await server.request('/api/news')).json()) as ArticlePage;
    expect(list.items.map((a) => a.slug)).toEqual(['stadtfest']);
    const feed = parseXml(await (await server.request('/api/news/feed.atom')).text());
    expect(feed.documentElement?.getElementsByTagNameNS(ATOM, 'entry').length).toBe(1);

    const refused = await post('', { ...body, imageUrl: '/a.jpg' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { field: string }).field).toBe('imageAlt');

    expect(
      (
        await server.request(`/api/news/admin/articles/${first.id}`, {
          method: 'DELETE',
          headers: editor,
        })
      ).status,
    ).toBe(204);
    const { rows } = await server.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM news_articles',
    );
    expect(Number(rows[0]?.n)).toBe(2);
  });
});
