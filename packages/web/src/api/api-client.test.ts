import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiUrl, createApiClient, readCookie } from './api-client.js';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    return respond(call);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('apiUrl', () => {
  it('keeps /api paths and prefixes the rest', () => {
    expect(apiUrl('/api/town')).toBe('/api/town');
    expect(apiUrl('/news?page=2')).toBe('/api/news?page=2');
    expect(apiUrl('news')).toBe('/api/news');
    expect(apiUrl('/apiary')).toBe('/api/apiary');
    expect(apiUrl('/api/town', 'https://app.hagenow.de/')).toBe('https://app.hagenow.de/api/town');
  });
});

describe('readCookie', () => {
  it('finds one cookie among several and decodes it', () => {
    expect(readCookie('city_app_csrf', 'a=1; city_app_csrf=abc%3D%3D; b=2')).toBe('abc==');
    expect(readCookie('city_app_csrf', 'x_city_app_csrf=no')).toBeUndefined();
  });
});

describe('createApiClient', () => {
  it('sends JSON with the session cookie and the CSRF header on changing requests only', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { ok: true }));
    const api = createApiClient({ fetch, csrfToken: () => 'token-1' });
    await api.get('/api/town');
    await api.post('/api/feedback', { message: 'Danke' });
    await api.delete('/news/1');
    const [get, post, del] = calls;
    expect(get?.init.method).toBe('GET');
    expect(get?.init.credentials).toBe('same-origin');
    expect(get?.init.headers).not.toHaveProperty('X-CSRF-Token');
    expect(post?.init.body).toBe('{"message":"Danke"}');
    expect(post?.init.headers).toMatchObject({
      'X-CSRF-Token': 'token-1',
      'Content-Type': 'application/json',
    });
    expect(del?.url).toBe('/api/news/1');
    expect(del?.init.headers).toMatchObject({ 'X-CSRF-Token': 'token-1' });
  });

  it('asks for the page’s language, so refusals come back in it', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { ok: true }));
    await createApiClient({ fetch, language: () => 'en' }).post('/api/feedback', {});
    expect(calls[0]?.init.headers).toMatchObject({ 'Accept-Language': 'en' });
    await createApiClient({ fetch, language: () => '' }).get('/api/town');
    expect(calls[1]?.init.headers).not.toHaveProperty('Accept-Language');
  });

  it('returns parsed JSON, and undefined for an empty answer', async () => {
    const { fetch } = fakeFetch(({ url }) =>
      url === '/api/town' ? json(200, { name: 'Hagenow' }) : new Response(null, { status: 204 }),
    );
    const api = createApiClient({ fetch });
    await expect(api.get('/api/town')).resolves.toEqual({ name: 'Hagenow' });
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('maps an error body to ApiError with status, code, message and field', async () => {
    const { fetch } = fakeFetch(() =>
      json(422, {
        code: 'invalid_input',
        message: 'Die E-Mail-Adresse ist ungültig.',
        field: 'email',
      }),
    );
    const error = await createApiClient({ fetch })
      .post('/api/feedback', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'invalid_input',
      message: 'Die E-Mail-Adresse ist ungültig.',
      field: 'email',
    });
  });

  it('keeps the hint and the details of a refusal, so a screen shows the server’s words', async () => {
    const { fetch } = fakeFetch(() =>
      json(409, {
        code: 'slot_taken',
        message: 'Dieser Termin ist schon vergeben.',
        hint: 'Wählen Sie eine der freien Zeiten.',
        details: { alternatives: [{ start: '2026-05-04T10:00:00Z' }] },
      }),
    );
    const error = await createApiClient({ fetch })
      .patch('/api/raeume/buchungen/abc', { start: '2026-05-04T09:00:00Z' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 409,
      code: 'slot_taken',
      hint: 'Wählen Sie eine der freien Zeiten.',
      details: { alternatives: [{ start: '2026-05-04T10:00:00Z' }] },
    });
  });

  it('sends PATCH with the CSRF header and extra headers such as an idempotency key', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { ok: true }));
    const api = createApiClient({ fetch, csrfToken: () => 'tok' });
    await api.patch('/api/raeume/1', { name: 'Seminarraum' });
    await api.post('/api/raeume/buchungen', {}, { headers: { 'Idempotency-Key': 'k-1' } });
    const [patch, post] = calls;
    expect(patch?.init?.method).toBe('PATCH');
    expect(patch?.init?.body).toBe('{"name":"Seminarraum"}');
    expect(patch?.init.headers).toMatchObject({ 'X-CSRF-Token': 'tok' });
    expect(post?.init.headers).toMatchObject({ 'Idempotency-Key': 'k-1' });
  });

  describe('a request with an idempotency key whose answer is lost', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    const key = { headers: { 'Idempotency-Key': 'buchung-1' } };
    /** Fails (no answer) `lost` times, then answers 201 with the booking. */
    const losing = (lost: number) =>
      fakeFetch(() => {
        if (lost-- > 0) throw new TypeError('Failed to fetch');
        return json(201, { token: 'schon-gebucht' });
      });

    it('is tried again with the same key and gives the first try’s booking', async () => {
      vi.useFakeTimers();
      const { fetch, calls } = losing(2);
      const answer = createApiClient({ fetch }).post('/bookings', {}, key);
      await vi.runAllTimersAsync();
      expect(await answer).toEqual({ token: 'schon-gebucht' });
      expect(calls).toHaveLength(3);
      expect(
        calls.map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key']),
      ).toEqual(['buchung-1', 'buchung-1', 'buchung-1']);
    });

    it('gives up after three tries with a network error', async () => {
      vi.useFakeTimers();
      const { fetch, calls } = losing(5);
      const answer = createApiClient({ fetch })
        .post('/bookings', {}, key)
        .catch((e: unknown) => e);
      await vi.runAllTimersAsync();
      expect(await answer).toMatchObject({ status: 0, code: 'network_error' });
      expect(calls).toHaveLength(3);
    });

    it('is not repeated on a refusal, nor without a key', async () => {
      const refusal = fakeFetch(() => json(409, { code: 'slot_taken', message: 'Vergeben.' }));
      await createApiClient({ fetch: refusal.fetch })
        .post('/bookings', {}, key)
        .catch(() => undefined);
      expect(refusal.calls).toHaveLength(1);
      const { fetch, calls } = losing(1);
      await createApiClient({ fetch })
        .post('/feedback', {})
        .catch(() => undefined);
      expect(calls).toHaveLength(1);
    });
  });

  it('names the status when the error body is not the API shape', async () => {
    const { fetch } = fakeFetch(
      () => new Response('<h1>Bad Gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await createApiClient({ fetch })
      .get('/api/town')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 502,
      code: 'http_502',
      message: 'The server answered with status 502 (Bad Gateway).',
    });
    expect((error as ApiError).field).toBeUndefined();
  });

  it('reports an unreachable server as status 0 with the cause kept', async () => {
    const cause = new TypeError('Failed to fetch');
    const { fetch } = fakeFetch(() => Promise.reject(cause));
    const error = await createApiClient({ fetch })
      .get('/api/town')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
    expect((error as ApiError).cause).toBe(cause);
  });

  it('refuses a successful answer that is not JSON', async () => {
    const { fetch } = fakeFetch(() => new Response('<!doctype html>', { status: 200 }));
    await expect(createApiClient({ fetch }).get('/api/town')).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });
});
