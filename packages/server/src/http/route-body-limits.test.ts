import { defineModule } from '@city-app/core';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CityEnv, defineServerModule } from '../module.js';
import { createTestServer, type TestServer } from '../testing.js';

// A module with one upload route that takes more than the kernel's limit.
const uploads = defineServerModule({
  manifest: defineModule({
    id: 'uploads',
    title: { de: 'Hochladen', en: 'Uploads' },
    description: { de: 'Große Dateien', en: 'Large files' },
    field: 'administration',
    personalData: [],
    configSchema: z.object({}),
    messages: { de: { title: 'Hochladen' }, en: { title: 'Uploads' } },
  }),
  bodyLimits: [{ method: 'POST', path: '/files', maxBytes: 8192 }],
  routes: () =>
    new Hono<CityEnv>()
      .post('/files', async (c) => c.json({ bytes: (await c.req.text()).length }))
      .post('/notes', async (c) => c.json({ bytes: (await c.req.text()).length })),
});

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ modules: [uploads], env: { CITY_APP_MAX_BODY_BYTES: '2048' } });
});
afterAll(() => t.close());

// A JSON string of `size` characters: the body is a little larger than `size`.
const post = (path: string, size: number, language = 'en') =>
  t.request(path, { headers: { 'accept-language': language }, json: 'x'.repeat(size) });

describe('a route with a larger body limit', () => {
  it('takes a body above the kernel limit up to its own', async () => {
    const res = await post('/api/uploads/files', 6000);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ bytes: 6002 });
  });

  it('refuses a body above its own limit with 413 naming that limit, in de and en', async () => {
    const en = await post('/api/uploads/files', 9000);
    expect(en.status).toBe(413);
    expect(await en.json()).toMatchObject({
      code: 'payload_too_large',
      message: 'The request body is larger than 8192 bytes.',
    });
    const de = await post('/api/uploads/files', 9000, 'de');
    expect((await de.json()).message).toBe('Der Inhalt der Anfrage ist größer als 8192 Bytes.');
  });

  it("leaves the kernel's limit on every other route, of the module and the kernel", async () => {
    const notes = await post('/api/uploads/notes', 3000);
    expect(notes.status).toBe(413);
    expect((await notes.json()).message).toBe('The request body is larger than 2048 bytes.');
    const feedback = await t.request('/api/feedback', { json: { message: 'x'.repeat(3000) } });
    expect(feedback.status).toBe(413);
  });

  it('refuses a module that declares a limit with a parameter or beyond 64 MiB', async () => {
    for (const limit of [
      { method: 'POST' as const, path: '/files/:id', maxBytes: 8192 },
      { method: 'POST' as const, path: '/files', maxBytes: 65 * 1024 * 1024 },
    ]) {
      await expect(
        createTestServer({ modules: [{ ...uploads, bodyLimits: [limit] }] }),
      ).rejects.toMatchObject({ code: 'invalid_module_manifest' });
    }
  });
});
