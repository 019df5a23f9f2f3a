import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticlePreview, PublishedArticle } from '../article.js';
import news from './index.js';

let server: TestServer;
let editor: Record<string, string>;

beforeAll(async () => {
  server = await createTestServer({ modules: [news] });
  editor = (await server.loginAs(['editor'])).headers;
});
afterAll(async () => {
  await server?.close();
});

const article = {
  title: 'Vollsperrung der Langen Straße',
  teaser: 'Ab Montag ist die Lange Straße gesperrt.',
  body: '## Umleitung\n\nBitte folgen Sie der [Umleitung](/karte). <script>alert(1)</script>',
  imageUrl: '/bilder/baustelle.jpg',
  imageAlt: 'Absperrgitter vor dem Rathaus',
  category: 'Baustellen',
};

const preview = (body: unknown, headers = editor, language = 'de') =>
  server.request('/api/news/admin/preview', {
    method: 'POST',
    headers: { ...headers, 'Accept-Language': language },
    json: body,
  });

async function stored(): Promise<number> {
  const { rows } = await server.db.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM news_articles',
  );
  return Number(rows[0]?.n);
}

describe('the preview before publishing', () => {
  it('renders the form’s article as its published page does, and stores nothing', async () => {
    const res = await preview({ ...article, publishAt: '2027-03-01T08:30:00+01:00' });
    expect(res.status).toBe(200);
    const shown = (await res.json()) as ArticlePreview;
    expect(shown).toMatchObject({
      title: article.title,
      teaser: article.teaser,
      category: 'Baustellen',
      imageUrl: article.imageUrl,
      imageAlt: article.imageAlt,
      publishedAt: '2027-03-01T07:30:00.000Z',
      publishedOn: '2027-03-01',
    });
    expect(await stored()).toBe(0);

    // The same body, saved and published, reads exactly as the preview showed it.
    const created = await server.request('/api/news/admin/articles', {
      method: 'POST',
      headers: editor,
      json: article,
    });
    const { id, slug } = (await created.json()) as { id: string; slug: string };
    await server.request(`/api/news/admin/articles/${id}/publish`, {
      method: 'POST',
      headers: editor,
    });
    const page = (await (
      await server.request(`/api/news/articles/${slug}`)
    ).json()) as PublishedArticle;
    expect(shown.bodyHtml).toBe(page.bodyHtml);
    expect(shown.bodyHtml).toContain('<h3>Umleitung</h3>');
    expect(shown.bodyHtml).not.toContain('<script');
  });

  it('refuses what saving would refuse, naming the field in the editor’s language', async () => {
    const { imageAlt: _alt, ...withoutAlt } = article;
    const res = await preview(withoutAlt, editor, 'en');
    expect(res.status).toBe(400);
    const refusal = (await res.json()) as { code: string; field: string };
    expect(refusal).toMatchObject({ code: 'validation_failed', field: 'imageAlt' });
    expect((await preview({ ...article, title: '' })).status).toBe(400);
  });

  it('is for editors only', async () => {
    expect((await preview(article, {})).status).toBe(401);
    const clerk = (await server.loginAs([])).headers;
    expect((await preview(article, clerk)).status).toBe(403);
  });
});
