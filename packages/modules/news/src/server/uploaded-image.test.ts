import { cameraJpeg, createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditorArticle, PublishedArticle } from '../article.js';
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
