import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testing.js';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

describe('the page a feedback is about', () => {
  it('is a page of this app, with query and fragment', async () => {
    const res = await t.request('/api/feedback', {
      json: { message: 'Hier fehlt ein Alternativtext.', page: '/news/stadtfest?seite=2#bild' },
    });
    expect(res.status).toBe(201);
  });

  it.each([
    '//evil.example/phish',
    '/\\evil.example',
    'javascript:alert(1)',
    'https://evil.example/',
    '/news\u0000',
  ])('refuses %j with 400 naming the field, in German or English', async (page) => {
    for (const [language, text] of [
      ['de', /^Bitte die Adresse einer Seite dieser App/],
      ['en', /^Write the address of a page of this app/],
    ] as const) {
      const res = await t.request('/api/feedback', {
        json: { message: 'Danke', page },
        headers: { 'accept-language': language },
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { field: string; message: string };
      expect(body.field).toBe('page');
      if (!page.includes('\u0000')) expect(body.message).toMatch(text);
    }
  });
});
