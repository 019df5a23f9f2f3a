import { cameraJpeg, createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ATOM, parseXml } from '../../test/xml.js';
import type { ArticlePage, ArticlePreview, EditorArticle, PublishedArticle } from '../article.js';
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
beforeEach(async () => {
  await server.db.query('DELETE FROM news_articles');
});

const valid = {
  title: 'Vollsperrung der Langen Straße',
  teaser: 'Ab Montag ist die Lange Straße zwischen Markt und Bahnhof gesperrt.',
  body: '## Umleitung\n\nBitte folgen Sie der [Umleitung](/karte) oder lesen Sie [mehr](https://example.org/info).',
  imageUrl: '/bilder/baustelle.jpg',
  imageAlt: 'Absperrgitter vor dem Rathaus',
  category: 'Baustellen',
};

async function json<T>(response: Response | Promise<Response>, status: number): Promise<T> {
  const res = await response;
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

function create(body: unknown = valid) {
  return json<EditorArticle>(
    server.request('/api/news/admin/articles', { method: 'POST', headers: editor, json: body }),
    201,
  );
}

function publicList(query = '') {
  return json<ArticlePage>(server.request(`/api/news${query}`), 200);
}

async function count(): Promise<number> {
  const { rows } = await server.db.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM news_articles',
  );
  return Number(rows[0]?.n);
}

describe('an article’s life: draft, publish, unpublish, delete', () => {
  it('is visible to residents exactly while published', async () => {
    const draft = await create();
    expect(draft).toMatchObject({
      slug: 'vollsperrung-der-langen-strasse',
      status: 'draft',
      publishAt: null,
      scheduled: false,
    });

    // a draft is invisible everywhere public, but editors see it
    expect(await publicList()).toEqual({ items: [], total: 0 });
    await json(server.request(`/api/news/articles/${draft.slug}`), 404);
    expect(await (await server.request('/api/news/feed.atom')).text()).not.toContain(draft.slug);
    const admin = await json<{ items: EditorArticle[] }>(
      server.request('/api/news/admin/articles', { headers: editor }),
      200,
    );
    expect(admin.items.map((a) => a.id)).toEqual([draft.id]);

    const published = await json<EditorArticle>(
      server.request(`/api/news/admin/articles/${draft.id}/publish`, {
        method: 'POST',
        headers: editor,
      }),
      200,
    );
    expect(published.status).toBe('published');
    expect(published.scheduled).toBe(false);
    expect(published.publishAt).not.toBeNull();

    const list = await publicList();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      slug: draft.slug,
      title: valid.title,
      teaser: valid.teaser,
      category: 'Baustellen',
    });
    expect(list.items[0]).not.toHaveProperty('body');

    const detail = await json<PublishedArticle>(
      server.request(`http://app.musterstadt.example/api/news/articles/${draft.slug}`),
      200,
    );
    expect(detail.bodyHtml).toContain('<h3>Umleitung</h3>');
    expect(detail.bodyHtml).toContain('<a href="/karte">Umleitung</a>');
    expect(detail.bodyHtml).toContain(
      '<a href="https://example.org/info" rel="noopener noreferrer">mehr</a>',
    );
    expect(detail.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: valid.title,
      datePublished: published.publishAt,
      inLanguage: 'de',
      image: ['http://app.musterstadt.example/bilder/baustelle.jpg'],
      url: `http://app.musterstadt.example/news/${draft.slug}`,
      publisher: { '@type': 'Organization', name: 'Musterstadt' },
    });

    const feed = parseXml(
      await (await server.request('http://app.musterstadt.example/api/news/feed.atom')).text(),
    );
    const entries = feed.documentElement?.getElementsByTagNameNS(ATOM, 'entry');
    expect(entries?.length).toBe(1);
    expect(entries?.[0]?.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href')).toBe(
      `http://app.musterstadt.example/news/${draft.slug}`,
    );

    await json(
      server.request(`/api/news/admin/articles/${draft.id}/unpublish`, {
        method: 'POST',
        headers: editor,
      }),
      200,
    );
    expect((await publicList()).total).toBe(0);
    await json(server.request(`/api/news/articles/${draft.slug}`), 404);
    expect(await (await server.request('/api/news/feed.atom')).text()).not.toContain(draft.slug);

    const res = await server.request(`/api/news/admin/articles/${draft.id}`, {
      method: 'DELETE',
      headers: editor,
    });
    expect(res.status).toBe(204);
    const gone = await json<{ code: string }>(
      server.request(`/api/news/admin/articles/${draft.id}`, { headers: editor }),
      404,
    );
    expect(gone.code).toBe('not_found');
    expect(await count()).toBe(0);
  });

  it('edits an article in place and keeps its address', async () => {
    const draft = await create();
    const edited = await json<EditorArticle>(
      server.request(`/api/news/admin/articles/${draft.id}`, {
        method: 'PUT',
        headers: editor,
        json: {
          ...valid,
          title: 'Sperrung verlängert',
          imageUrl: null,
          imageAlt: null,
          area: 'altstadt',
        },
      }),
      200,
    );
    expect(edited).toMatchObject({
      id: draft.id,
      slug: draft.slug,
      title: 'Sperrung verlängert',
      imageUrl: null,
      area: 'altstadt',
    });
    expect(edited.updatedAt >= draft.updatedAt).toBe(true);
    const again = await json<EditorArticle>(
      server.request(`/api/news/admin/articles/${draft.id}`, { headers: editor }),
      200,
    );
    expect(again).toEqual(edited);
  });

  it('numbers the address of a second article with the same title', async () => {
    const first = await create();
    const second = await create();
    const third = await create({ ...valid, title: `${valid.title}!` });
    expect([first.slug, second.slug, third.slug]).toEqual([
      'vollsperrung-der-langen-strasse',
      'vollsperrung-der-langen-strasse-2',
      'vollsperrung-der-langen-strasse-3',
    ]);
  });
});

describe('scheduled articles', () => {
  it('stay invisible until their time has come', async () => {
    const future = new Date(Date.now() + 24 * 3600_000).toISOString();
    const draft = await create({ ...valid, publishAt: future });
    const scheduled = await json<EditorArticle>(
      server.request(`/api/news/admin/articles/${draft.id}/publish`, {
        method: 'POST',
        headers: editor,
      }),
      200,
    );
    expect(scheduled).toMatchObject({ status: 'published', scheduled: true, publishAt: future });
    expect((await publicList()).total).toBe(0);
    await json(server.request(`/api/news/articles/${draft.slug}`), 404);
    expect(await (await server.request('/api/news/feed.atom')).text()).not.toContain(draft.slug);

    // the day passes
    await server.db.query(
      `UPDATE news_articles SET publish_at = now() - interval '1 minute' WHERE id = $1`,
      [draft.id],
    );
    expect((await publicList()).items.map((a) => a.slug)).toEqual([draft.slug]);
    await json(server.request(`/api/news/articles/${draft.slug}`), 200);
  });
});

describe('the public list', () => {
  it('pages newest first and filters by category', async () => {
    const titles = ['Eins', 'Zwei', 'Drei', 'Vier'];
    for (const [index, title] of titles.entries()) {
      const article = await create({
        ...valid,
        title,
        category: index % 2 ? 'Rathaus' : 'Baustellen',
      });
      await server.request(`/api/news/admin/articles/${article.id}/publish`, {
        method: 'POST',
        headers: editor,
      });
      await server.db.query(
        `UPDATE news_articles SET publish_at = now() - ($2 || ' hours')::interval WHERE id = $1`,
        [article.id, String(10 - index)],
      );
    }
    const first = await publicList('?limit=3');
    expect(first.total).toBe(4);
    expect(first.items.map((a) => a.title)).toEqual(['Vier', 'Drei', 'Zwei']);
    expect((await publicList('?limit=3&offset=3')).items.map((a) => a.title)).toEqual(['Eins']);
    const rathaus = await publicList('?category=Rathaus');
    expect(rathaus).toMatchObject({ total: 2 });
    expect(rathaus.items.map((a) => a.title)).toEqual(['Vier', 'Zwei']);
    const bad = await json<{ code: string; field: string }>(
      server.request('/api/news?limit=0'),
      400,
    );
    expect(bad).toMatchObject({ code: 'validation_failed', field: 'limit' });
  });

  it('renders hostile Markdown harmless', async () => {
    const article = await create({
      ...valid,
      title: '<script>alert(1)</script> & Co',
      body: '<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![y](data:image/png;base64,AAAA) <img src=x onerror=alert(1)>',
    });
    await server.request(`/api/news/admin/articles/${article.id}/publish`, {
      method: 'POST',
      headers: editor,
    });
    const detail = await json<PublishedArticle>(
      server.request(`/api/news/articles/${article.slug}`),
      200,
    );
    expect(detail.bodyHtml).not.toMatch(/<script|<img|javascript:|data:|href=/i);
    const xml = await (await server.request('/api/news/feed.atom')).text();
    expect(
      parseXml(xml)
        .documentElement?.getElementsByTagNameNS(ATOM, 'entry')[0]
        ?.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent,
    ).toBe('<script>alert(1)</script> & Co');
  });
});

describe('bad input', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['no title', { ...valid, title: undefined }, 'title'],
    ['a blank title', { ...valid, title: '   ' }, 'title'],
    ['a title of 161 characters', { ...valid, title: 'x'.repeat(161) }, 'title'],
    ['a teaser of 301 characters', { ...valid, teaser: 'x'.repeat(301) }, 'teaser'],
    ['a body of 50,001 characters', { ...valid, body: 'x'.repeat(50_001) }, 'body'],
    ['an image from another site', { ...valid, imageUrl: 'https://example.org/a.jpg' }, 'imageUrl'],
    ['an http: image', { ...valid, imageUrl: 'http://example.org/a.jpg' }, 'imageUrl'],
    ['a javascript: image', { ...valid, imageUrl: 'javascript:alert(1)' }, 'imageUrl'],
    ['a data: image', { ...valid, imageUrl: 'data:image/png;base64,AAAA' }, 'imageUrl'],
    ['a protocol-relative image', { ...valid, imageUrl: '//evil.example/a.jpg' }, 'imageUrl'],
    ['a backslash image', { ...valid, imageUrl: '/\\evil.example/a.jpg' }, 'imageUrl'],
    ['an image with a tab', { ...valid, imageUrl: '/\t/evil.example/a.jpg' }, 'imageUrl'],
    ['an image without alt text', { ...valid, imageAlt: undefined }, 'imageAlt'],
    ['an image with blank alt text', { ...valid, imageAlt: '  ' }, 'imageAlt'],
    ['an unknown category', { ...valid, category: 'Sport' }, 'category'],
    ['an unknown area', { ...valid, area: 'mars' }, 'area'],
    ['a publication time without offset', { ...valid, publishAt: '2025-03-01T09:00' }, 'publishAt'],
    ['a title that is not text', { ...valid, title: 42 }, 'title'],
    ['a NUL in the title', { ...valid, title: 'Stadt\u0000fest' }, 'title'],
    ['an escape sequence in the body', { ...valid, body: 'Text \u001b[31m' }, 'body'],
    [
      'a publication day that does not exist',
      { ...valid, publishAt: '2026-02-30T09:00:00+01:00' },
      'publishAt',
    ],
    [
      'a publication time of 25:61',
      { ...valid, publishAt: '2026-03-01T25:61:00+01:00' },
      'publishAt',
    ],
    [
      'a publication in the year 9999',
      { ...valid, publishAt: '9999-12-31T23:59:59+01:00' },
      'publishAt',
    ],
    ['a publication beyond Date', { ...valid, publishAt: '+275760-09-13T00:00:00Z' }, 'publishAt'],
  ];

  it.each(cases)('refuses %s, names the field and writes nothing', async (_name, body, field) => {
    const res = await json<{ code: string; field: string; message: string }>(
      server.request('/api/news/admin/articles', { method: 'POST', headers: editor, json: body }),
      400,
    );
    expect(res).toMatchObject({ code: 'validation_failed', field });
    // Worded for a person (German by default), without the field's path.
    expect(res.message).not.toMatch(new RegExp(`^${field}: `));
    expect(res.message.length).toBeGreaterThan(5);
    expect(await count()).toBe(0);
  });

  it('refuses unknown fields and malformed JSON', async () => {
    const unknown = await json<{ code: string; message: string }>(
      server.request('/api/news/admin/articles', {
        method: 'POST',
        headers: editor,
        json: { ...valid, author: 'x' },
      }),
      400,
    );
    expect(unknown.code).toBe('validation_failed');
    expect(unknown.message).toContain('author');
    const malformed = await json<{ code: string }>(
      server.request('/api/news/admin/articles', {
        method: 'POST',
        headers: { ...editor, 'content-type': 'application/json' },
        body: '{"title":',
      }),
      400,
    );
    expect(malformed.code).toBe('invalid_json');
    expect(await count()).toBe(0);
  });

  it('leaves an article unchanged when an edit is refused', async () => {
    const draft = await create();
    const res = await json<{ field: string }>(
      server.request(`/api/news/admin/articles/${draft.id}`, {
        method: 'PUT',
        headers: editor,
        json: { ...valid, title: 'Neu', imageAlt: '' },
      }),
      400,
    );
    expect(res.field).toBe('imageAlt');
    const stored = await json<EditorArticle>(
      server.request(`/api/news/admin/articles/${draft.id}`, { headers: editor }),
      200,
    );
    expect(stored).toEqual(draft);
  });

  it('answers 404 not_found for articles that do not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [method, path] of [
      ['GET', '/api/news/articles/gibt-es-nicht'],
      ['GET', `/api/news/admin/articles/${missing}`],
      ['GET', '/api/news/admin/articles/not-a-uuid'],
      ['PUT', `/api/news/admin/articles/${missing}`],
      ['POST', `/api/news/admin/articles/${missing}/publish`],
      ['POST', `/api/news/admin/articles/${missing}/unpublish`],
      ['DELETE', `/api/news/admin/articles/${missing}`],
    ] as const) {
      const res = await server.request(path, {
        method,
        headers: editor,
        ...(method === 'PUT' ? { json: valid, method } : {}),
      });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(((await res.json()) as { code: string }).code).toBe('not_found');
    }
  });
});

describe('roles', () => {
  const adminRoutes: [string, string][] = [
    ['GET', '/api/news/admin/articles'],
    ['POST', '/api/news/admin/articles'],
    ['GET', '/api/news/admin/articles/00000000-0000-4000-8000-000000000000'],
    ['PUT', '/api/news/admin/articles/00000000-0000-4000-8000-000000000000'],
    ['POST', '/api/news/admin/articles/00000000-0000-4000-8000-000000000000/publish'],
    ['POST', '/api/news/admin/articles/00000000-0000-4000-8000-000000000000/unpublish'],
    ['DELETE', '/api/news/admin/articles/00000000-0000-4000-8000-000000000000'],
  ];

  it.each(adminRoutes)(
    '%s %s needs a login (401) and the editor role (403)',
    async (method, path) => {
      const body = method === 'GET' || method === 'DELETE' ? {} : { json: valid };
      const anonymous = await server.request(path, { ...body, method });
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { code: string }).code).toBe('unauthenticated');
      const other = (await server.loginAs(['librarian'])).headers;
      const forbidden = await server.request(path, { ...body, method, headers: other });
      expect(forbidden.status).toBe(403);
      expect(((await forbidden.json()) as { code: string }).code).toBe('forbidden');
      expect(await count()).toBe(0);
    },
  );

  it('lets an admin act as an editor', async () => {
    const admin = (await server.loginAs(['admin'])).headers;
    await json(
      server.request('/api/news/admin/articles', { method: 'POST', headers: admin, json: valid }),
      201,
    );
  });
});

describe('the API description', () => {
  it('lists every news route in the OpenAPI document', async () => {
    const doc = await json<{ paths: Record<string, Record<string, unknown>> }>(
      server.request('/api/openapi.json'),
      200,
    );
    const paths = Object.keys(doc.paths).filter((path) => path.startsWith('/api/news'));
    expect(paths.sort()).toEqual(
      [
        '/api/news',
        '/api/news/admin/articles',
        '/api/news/admin/articles/{id}',
        '/api/news/admin/articles/{id}/publish',
        '/api/news/admin/articles/{id}/unpublish',
        '/api/news/admin/preview',
        '/api/news/articles/{slug}',
        '/api/news/feed.atom',
      ].sort(),
    );
  });
});

describe('an article with an image the editor uploaded', () => {
  it('shows the stored image, which residents load from the town’s own server', async () => {
    const upload = await server.request('/api/images', {
      method: 'POST',
      headers: { ...editor, Origin: 'http://localhost', 'Content-Type': 'image/jpeg' },
      body: new Uint8Array(await cameraJpeg(1200, 800)),
    });
    expect(upload.status).toBe(201);
    const image = (await upload.json()) as { url: string };

    const created = await server.request('/api/news/admin/articles', {
      method: 'POST',
      headers: editor,
      json: {
        title: 'Neues Pflaster am Markt',
        imageUrl: image.url,
        imageAlt: 'Der Markt mit neuem Pflaster',
        category: 'Rathaus',
      },
    });
    expect(created.status).toBe(201);
    const draft = (await created.json()) as EditorArticle;
    await server.request(`/api/news/admin/articles/${draft.id}/publish`, {
      method: 'POST',
      headers: editor,
    });

    const shown = (await (
      await server.request(`/api/news/articles/${draft.slug}`)
    ).json()) as PublishedArticle;
    expect(shown).toMatchObject({ imageUrl: image.url, imageAlt: 'Der Markt mit neuem Pflaster' });
    const file = await server.request(image.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/webp');
    expect(await (await server.request('/api/news/feed.atom')).text()).toContain(image.url);
  });
});

const previewed = {
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

describe('the preview before publishing', () => {
  it('renders the form’s article as its published page does, and stores nothing', async () => {
    const res = await preview({ ...previewed, publishAt: '2027-03-01T08:30:00+01:00' });
    expect(res.status).toBe(200);
    const shown = (await res.json()) as ArticlePreview;
    expect(shown).toMatchObject({
      title: previewed.title,
      teaser: previewed.teaser,
      category: 'Baustellen',
      imageUrl: previewed.imageUrl,
      imageAlt: previewed.imageAlt,
      publishedAt: '2027-03-01T07:30:00.000Z',
      publishedOn: '2027-03-01',
    });
    expect(await count()).toBe(0);

    // The same body, saved and published, reads exactly as the preview showed it.
    const created = await server.request('/api/news/admin/articles', {
      method: 'POST',
      headers: editor,
      json: previewed,
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
    const { imageAlt: _alt, ...withoutAlt } = previewed;
    const res = await preview(withoutAlt, editor, 'en');
    expect(res.status).toBe(400);
    const refusal = (await res.json()) as { code: string; field: string };
    expect(refusal).toMatchObject({ code: 'validation_failed', field: 'imageAlt' });
    expect((await preview({ ...previewed, title: '' })).status).toBe(400);
  });

  it('is for editors only', async () => {
    expect((await preview(previewed, {})).status).toBe(401);
    const clerk = (await server.loginAs([])).headers;
    expect((await preview(previewed, clerk)).status).toBe(403);
  });
});
