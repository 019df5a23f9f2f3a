import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testing.js';

const servers: TestServer[] = [];
async function server(env: Record<string, string>): Promise<TestServer> {
  const t = await createTestServer({ env });
  servers.push(t);
  return t;
}
afterAll(() => Promise.all(servers.map((t) => t.close())));

function feedback(t: TestServer, url: string, headers: Record<string, string>, body?: string) {
  return t.app.request(
    url,
    {
      method: 'POST',
      headers,
      body: body ?? JSON.stringify({ message: 'Die Laterne am Markt ist aus.' }),
    },
    // The direct peer: a proxy on the same machine.
    { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
  );
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('origin checks with a public origin', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await server({ CITY_APP_PUBLIC_URL: 'https://app.musterstadt.example/' });
  });

  it('accepts only the public origin, scheme included', async () => {
    const url = 'http://127.0.0.1:3000/api/feedback';
    const same = await feedback(t, url, {
      ...JSON_TYPE,
      Origin: 'https://app.musterstadt.example',
    });
    expect(same.status).toBe(201);
    for (const origin of [
      'http://app.musterstadt.example',
      'https://app.musterstadt.example:8443',
      'https://evil.example',
      'null',
    ]) {
      const res = await feedback(t, url, { ...JSON_TYPE, Origin: origin });
      expect(res.status, origin).toBe(403);
      const body = await res.json();
      expect(body.code).toBe('csrf_failed');
      expect(body.message).toContain('werden nicht angenommen');
    }
  });

  it('ignores a forged Host or X-Forwarded-Host', async () => {
    const res = await feedback(t, 'http://evil.example/api/feedback', {
      ...JSON_TYPE,
      Origin: 'https://evil.example',
      'X-Forwarded-Host': 'evil.example',
    });
    expect(res.status).toBe(403);
  });

  it('refuses a changing request without Origin unless its body is JSON', async () => {
    const url = 'https://app.musterstadt.example/api/feedback';
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      const res = await feedback(
        t,
        url,
        { 'content-type': type, 'Accept-Language': 'en' },
        'message=hallo',
      );
      expect(res.status, type).toBe(403);
      expect((await res.json()).message).toContain('without an Origin header must send JSON');
    }
    expect((await feedback(t, url, JSON_TYPE)).status).toBe(201);
    expect(
      (await feedback(t, url, { 'content-type': 'application/merge-patch+json' })).status,
    ).not.toBe(403);
  });
});

describe('origin checks without a public origin', () => {
  it('count X-Forwarded-Host and -Proto only from a trusted proxy', async () => {
    const trusting = await server({ CITY_APP_TRUST_PROXY: '127.0.0.1' });
    const proxied = {
      ...JSON_TYPE,
      Origin: 'https://app.musterstadt.example',
      'X-Forwarded-Host': 'app.musterstadt.example',
      'X-Forwarded-Proto': 'https',
    };
    expect((await feedback(trusting, 'http://127.0.0.1:3000/api/feedback', proxied)).status).toBe(
      201,
    );
    const fromStranger = await trusting.app.request(
      'http://127.0.0.1:3000/api/feedback',
      { method: 'POST', headers: proxied, body: JSON.stringify({ message: 'x' }) },
      { incoming: { socket: { remoteAddress: '203.0.113.5' } } },
    );
    expect(fromStranger.status).toBe(403);

    const untrusting = await server({});
    expect((await feedback(untrusting, 'http://127.0.0.1:3000/api/feedback', proxied)).status).toBe(
      403,
    );
    // Without a proxy the Host is the origin, and http is not https.
    expect(
      (
        await feedback(untrusting, 'http://app.musterstadt.example/api/feedback', {
          ...JSON_TYPE,
          Origin: 'http://app.musterstadt.example',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await feedback(untrusting, 'http://app.musterstadt.example/api/feedback', {
          ...JSON_TYPE,
          Origin: 'https://app.musterstadt.example',
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a public origin that is no http(s) address', async () => {
    await expect(
      createTestServer({ env: { CITY_APP_PUBLIC_URL: 'app.example.de' } }),
    ).rejects.toMatchObject({
      field: 'CITY_APP_PUBLIC_URL',
    });
  });
});
