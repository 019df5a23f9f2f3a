import {
  cameraJpeg,
  createTestServer,
  type TestServer,
  testDatabases,
} from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditorArticle } from '../article.js';
import news from './index.js';

const ARTICLES = '/api/news/admin/articles';
// In the image store's form, but no image was ever stored under it.
const UNKNOWN = `/images/${'0'.repeat(32)}-1600.webp`;

// An article's image address in the kernel's image store is checked against it: on each
// test database.
describe.each(testDatabases())('an article’s image from the image store on %s', (database) => {
  let server: TestServer;
  let editor: Record<string, string>;
  let uploaded: string;

  beforeAll(async () => {
    server = await createTestServer({ modules: [news], database });
    editor = (await server.loginAs(['editor'])).headers;
    const upload = await server.request('/api/images', {
      method: 'POST',
      headers: { ...editor, Origin: 'http://localhost', 'Content-Type': 'image/jpeg' },
      body: new Uint8Array(await cameraJpeg(1200, 800)),
    });
    expect(upload.status).toBe(201);
    uploaded = ((await upload.json()) as { url: string }).url;
  });
  afterAll(async () => {
    await server?.close();
  });

  const article = (imageUrl: string) => ({
    title: 'Neues Pflaster am Markt',
    imageUrl,
    imageAlt: 'Der Markt mit neuem Pflaster',
    category: 'Rathaus',
  });
  const send = (method: string, path: string, json: unknown, language = 'de') =>
    server.request(path, {
      method,
      headers: { ...editor, 'Accept-Language': language },
      json,
    });
  const refusal = async (response: Promise<Response>) => {
    const res = await response;
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(400);
    return body as { code: string; field: string; message: string };
  };

  it('refuses an address that names no stored image, in German and English, and saves nothing', async () => {
    const before = await server.db.query('SELECT id FROM news_articles');
    expect(await refusal(send('POST', ARTICLES, article(UNKNOWN)))).toMatchObject({
      code: 'validation_failed',
      field: 'imageUrl',
      message: 'Das Bild gibt es auf diesem Server nicht (mehr).',
    });
    expect((await server.db.query('SELECT id FROM news_articles')).rows).toEqual(before.rows);

    // Stored, but not in this width (it was kept up to 1200 px): refused on a change too.
    const draft = (await (await send('POST', ARTICLES, article(uploaded))).json()) as EditorArticle;
    const wider = uploaded.replace('-1200.webp', '-1600.webp');
    expect(
      await refusal(send('PUT', `${ARTICLES}/${draft.id}`, article(wider), 'en')),
    ).toMatchObject({
      field: 'imageUrl',
      message: 'This image does not exist (any more) on this server.',
    });
    const kept = (await (
      await send('GET', `${ARTICLES}/${draft.id}`, undefined)
    ).json()) as EditorArticle;
    expect(kept.imageUrl).toBe(uploaded);

    // The preview refuses it as saving would.
    expect(await refusal(send('POST', '/api/news/admin/preview', article(UNKNOWN)))).toMatchObject({
      field: 'imageUrl',
    });
  });

  it('takes a stored image and the town’s own files as they are', async () => {
    for (const imageUrl of [uploaded, '/bilder/baustelle.jpg']) {
      const res = await send('POST', ARTICLES, article(imageUrl));
      expect(res.status, imageUrl).toBe(201);
      expect(((await res.json()) as EditorArticle).imageUrl).toBe(imageUrl);
    }
  });
});
