import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import notices from '../fixtures/notices-module.js';
import { createTestServer, type TestServer } from '../testing.js';
import { openApiPath } from './document.js';

type Operation = {
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: {
    content: Record<
      string,
      { schema: { properties: Record<string, unknown>; required: string[] } }
    >;
  };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
  security?: unknown[];
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
};

let t: TestServer;
let doc: Document;

beforeAll(async () => {
  t = await createTestServer({ modules: [notices] });
  doc = (await (await t.request('/api/openapi.json')).json()) as Document;
});
afterAll(() => t.close());

describe('describeRoute', () => {
  it('validates the body and names the first offending field by its dotted path', async () => {
    const clerk = await t.loginAs(['clerk']);
    const res = await t.request('/api/notices', {
      headers: clerk.headers,
      json: { title: 'Sperrmüll', image: { url: '/x.png', alt: '' } },
    });
    expect(res.status).toBe(400);
    // German unless the request asks for English; the field travels beside the message.
    expect(await res.json()).toEqual({
      code: 'validation_failed',
      title: 'Ungültige Eingabe',
      message: 'Bitte mindestens 1 Zeichen eingeben.',
      field: 'image.alt',
    });
    const english = await t.request('/api/notices', {
      headers: { ...clerk.headers, 'Accept-Language': 'en-GB,en;q=0.9' },
      json: { title: 'Sperrmüll', image: { url: '/x.png', alt: '' } },
    });
    expect(await english.json()).toMatchObject({
      message: 'Describe the image for screen readers.',
      field: 'image.alt',
    });
    const { rows } = await t.db.query("select 1 from notices where title = 'Sperrmüll'");
    expect(rows).toHaveLength(0);
  });

  it('reports a missing required field as required', async () => {
    const clerk = await t.loginAs(['clerk']);
    const res = await t.request('/api/notices', { headers: clerk.headers, json: {} });
    expect(await res.json()).toMatchObject({ field: 'title', message: 'Bitte ausfüllen.' });
    const english = await t.request('/api/notices', {
      headers: { ...clerk.headers, 'Accept-Language': 'en' },
      json: {},
    });
    expect(await english.json()).toMatchObject({ field: 'title', message: 'Please fill this in.' });
  });

  it('refuses control characters in any part, naming the field, before the database sees them', async () => {
    const clerk = await t.loginAs(['clerk']);
    const res = await t.request('/api/notices', {
      headers: clerk.headers,
      json: { title: 'Sperr\u0000müll', image: { url: '/x.png', alt: 'Bild\u001b' } },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed', field: 'title' });
    const inPath = await t.request('/api/notices/a%00b');
    expect(await inPath.json()).toMatchObject({ code: 'validation_failed', field: 'slug' });
    const inQuery = await t.request('/api/notices?limit=1%07');
    expect(await inQuery.json()).toMatchObject({ code: 'validation_failed', field: 'limit' });
    // Tab and newline are text: the title passes, the empty alt text is what is refused.
    const tabbed = await t.request('/api/notices', {
      headers: clerk.headers,
      json: { title: 'Sperrmüll\tam Markt\n', image: { url: '/x.png', alt: '' } },
    });
    expect(await tabbed.json()).toMatchObject({ field: 'image.alt' });
  });

  it('validates path parameters and the query', async () => {
    expect((await (await t.request('/api/notices/NOT_A_SLUG')).json()).field).toBe('slug');
    const res = await t.request('/api/notices?limit=500');
    expect(res.status).toBe(400);
    expect((await res.json()).field).toBe('limit');
    const ok = await t.request('/api/notices?limit=1');
    expect(await ok.json()).toEqual({ notices: [{ slug: 'willkommen', title: 'Willkommen' }] });
  });

  it('enforces the role: 401 without login, 403 without the role, admin implies every role', async () => {
    const anonymous = await t.request('/api/notices', { json: { title: 'A' } });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).code).toBe('unauthenticated');
    const editor = await t.loginAs(['editor']);
    const forbidden = await t.request('/api/notices', {
      headers: editor.headers,
      json: { title: 'A' },
    });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({
      code: 'forbidden',
      message: 'Dafür ist die Rolle „clerk“ nötig.',
    });
    const admin = await t.loginAs(['admin']);
    const created = await t.request('/api/notices', {
      headers: admin.headers,
      json: { title: 'Stadtfest 2025' },
    });
    expect(created.status).toBe(201);
    expect((await created.json()).slug).toBe('stadtfest-2025');
  });

  it('checks the role before reading the body', async () => {
    const res = await t.request('/api/notices', {
      method: 'POST',
      body: 'not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
  });

  it('ctx.requireRole guards undescribed routes', async () => {
    expect((await t.request('/api/notices/willkommen', { method: 'DELETE' })).status).toBe(401);
    const editor = await t.loginAs(['editor']);
    expect(
      (await t.request('/api/notices/willkommen', { method: 'DELETE', headers: editor.headers }))
        .status,
    ).toBe(403);
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with the cookie security scheme', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes?.cookieAuth).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'city_app_session',
    });
  });

  it('describes every kernel /api route', () => {
    const kernelRoutes = t.app.routes.filter(
      (r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.startsWith('/api/notices'),
    );
    expect(kernelRoutes.length).toBeGreaterThan(10);
    for (const route of kernelRoutes) {
      expect(
        doc.paths[openApiPath(route.path)]?.[route.method.toLowerCase()],
        `${route.method} ${route.path}`,
      ).toBeDefined();
    }
    for (const path of [
      '/api/auth/login',
      '/api/auth/me',
      '/api/town',
      '/api/feedback',
      '/api/staff/{id}',
      '/api/openapi.json',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });

  it("describes a module's routes with parameters, body, responses and security", () => {
    const item = doc.paths['/api/notices/{slug}']?.get;
    expect(item?.parameters).toEqual([
      expect.objectContaining({ name: 'slug', in: 'path', required: true }),
    ]);
    const list = doc.paths['/api/notices']?.get;
    expect(list?.parameters).toEqual([
      expect.objectContaining({ name: 'limit', in: 'query', required: false }),
    ]);
    const post = doc.paths['/api/notices']?.post;
    const body = post?.requestBody?.content['application/json']?.schema;
    expect(body?.required).toEqual(['title']);
    expect(Object.keys(body?.properties ?? {})).toEqual(['title', 'image']);
    expect(post?.security).toEqual([{ cookieAuth: [] }]);
    expect(Object.keys(post?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '400', '401', '403']),
    );
    expect(post?.responses['201']?.content?.['application/json']?.schema).toMatchObject({
      type: 'object',
    });
    expect(list?.security).toBeUndefined();
  });

  it('leaves undescribed routes out', () => {
    expect(doc.paths['/api/notices/boom/crash']).toBeUndefined();
    expect(doc.paths['/api/notices/{slug}']?.delete).toBeUndefined();
  });

  it('converts Hono paths', () => {
    expect(openApiPath('/api/news/:slug')).toBe('/api/news/{slug}');
    expect(openApiPath('/api/x/:id{[0-9]+}/y/:name?')).toBe('/api/x/{id}/y/{name}');
  });
});
