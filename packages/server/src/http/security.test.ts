import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testing.js';
import { STRICT_TRANSPORT_SECURITY } from './security.js';

describe('HSTS', () => {
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((t) => t.close())));

  it('is sent when the public origin is https, and not over plain http', async () => {
    const https = await createTestServer({
      env: { CITY_APP_PUBLIC_URL: 'https://app.musterstadt.example' },
    });
    const http = await createTestServer({ env: {} });
    servers.push(https, http);
    for (const path of ['/healthz', '/api/town', '/api/nothing']) {
      expect((await https.request(path)).headers.get('strict-transport-security'), path).toBe(
        STRICT_TRANSPORT_SECURITY,
      );
      expect((await http.request(path)).headers.get('strict-transport-security'), path).toBe(null);
    }
  });
});

describe('Cache-Control on personal answers', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer();
  });
  afterAll(() => t.close());

  it('is no-store on /api/auth/*, staff lists and feedback, errors included', async () => {
    const admin = await t.loginAs(['admin']);
    const answers = [
      await t.request('/api/auth/me'),
      await t.request('/api/auth/me', { headers: admin.headers }),
      await t.request('/api/auth/login', { json: { email: 'a@b.de', password: 'x' } }),
      await t.request('/api/staff', { headers: admin.headers }),
      await t.request('/api/staff'),
      await t.request('/api/feedback', { headers: admin.headers }),
      await t.request('/api/feedback', { json: { message: 'Danke!' } }),
    ];
    for (const res of answers) expect(res.headers.get('cache-control'), res.url).toBe('no-store');
  });

  it('is no-store on any answer to a staff session, and public, no-cache on public content', async () => {
    const editor = await t.loginAs(['editor']);
    expect(
      (await t.request('/api/town', { headers: editor.headers })).headers.get('cache-control'),
    ).toBe('no-store');
    expect((await t.request('/api/town')).headers.get('cache-control')).toBe('public, no-cache');
  });
});
