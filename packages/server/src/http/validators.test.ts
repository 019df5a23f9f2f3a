import { createHash } from 'node:crypto';
import { defineModule } from '@city-app/core';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CityEnv, defineServerModule } from '../module.js';
import { describeRoute } from '../openapi/describe.js';
import { createTestServer, type TestServer } from '../testing.js';
import { KeptAnswers } from './kept-answers.js';
import { prepareAnswer, sendPrepared } from './prepared-answer.js';
import { PUBLIC_CACHE_CONTROL } from './validators.js';

// A board whose text the test changes, as an editor's write would.
let board = 'Sprechstunde am Dienstag';
// The board's version, as a module's writes would move it on; and how often it was built.
let boardVersion = 1;
let builds = 0;

const boardModule = defineServerModule({
  manifest: defineModule({
    id: 'board',
    title: { de: 'Brett', en: 'Board' },
    description: { de: 'Ein Brett', en: 'A board' },
    field: 'administration',
    personalData: [],
    configSchema: z.object({}),
    messages: { de: { title: 'Brett' }, en: { title: 'Board' } },
  }),
  routes() {
    const app = new Hono<CityEnv>();
    app.get(
      '/',
      describeRoute({
        summary: 'The board',
        publicContent: true,
        query: z.object({ page: z.coerce.number().int().min(1).max(9).optional() }),
        responses: { 200: { description: 'The board.' } },
      }),
      (c) => c.json({ board }),
    );
    app.get(
      '/minute',
      describeRoute({
        summary: 'The board, kept for a minute',
        publicContent: true,
        responses: { 200: { description: 'The board.' } },
      }),
      (c) => {
        c.header('Cache-Control', 'public, max-age=60');
        return c.json({ board });
      },
    );
    app.get(
      '/text',
      describeRoute({
        summary: 'The board as plain text',
        publicContent: true,
        responses: { 200: { description: 'The board.' } },
      }),
      (c) => c.text(board),
    );
    const kept = new KeptAnswers(2);
    app.get(
      '/kept',
      describeRoute({
        summary: 'The board, built once per version',
        publicContent: true,
        responses: { 200: { description: 'The board.' } },
      }),
      (c) => {
        let answer = kept.get('board', String(boardVersion));
        if (!answer) {
          builds += 1;
          answer = prepareAnswer({ board });
          kept.set('board', String(boardVersion), answer);
        }
        return sendPrepared(c, answer);
      },
    );
    app.get(
      '/plain',
      describeRoute({ summary: 'Not public content', responses: { 200: { description: 'x' } } }),
      (c) => c.json({ board }),
    );
    return app;
  },
});

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ modules: [boardModule] });
});
afterAll(async () => {
  await t?.close();
});

describe('public content', () => {
  it('carries a strong ETag and is kept but asked again; a matching If-None-Match gets a 304', async () => {
    const first = await t.request('/api/board');
    expect(first.status).toBe(200);
    const tag = first.headers.get('ETag') ?? '';
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(first.headers.get('Cache-Control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(PUBLIC_CACHE_CONTROL).toBe('public, no-cache');

    const again = await t.request('/api/board', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(tag);
    expect(again.headers.get('Cache-Control')).toBe(PUBLIC_CACHE_CONTROL);
    // The security headers are on the 304 as on every answer.
    expect(again.headers.get('X-Content-Type-Options')).toBe('nosniff');

    // One of several tags, or the weak form of it, matches too (If-None-Match compares weakly).
    const listed = await t.request('/api/board', {
      headers: { 'If-None-Match': `"0000", W/${tag}` },
    });
    expect(listed.status).toBe(304);
  });

  it('answers in full with a new ETag once the content changed', async () => {
    const before = (await t.request('/api/board')).headers.get('ETag') ?? '';
    board = 'Sprechstunde am Mittwoch';
    const after = await t.request('/api/board', { headers: { 'If-None-Match': before } });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ board: 'Sprechstunde am Mittwoch' });
    expect(after.headers.get('ETag')).not.toBe(before);
  });

  it('validates an answer not made by c.json() the same way, from its bytes', async () => {
    const res = await t.request('/api/board/text');
    const tag = res.headers.get('ETag') ?? '';
    expect(tag).toBe(
      `"${createHash('sha1')
        .update(await res.text())
        .digest('hex')}"`,
    );
    expect(res.headers.get('Cache-Control')).toBe(PUBLIC_CACHE_CONTROL);
    const again = await t.request('/api/board/text', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('Content-Type')).toBeNull();
  });

  it('gives a JSON answer the SHA-1 of exactly the bytes sent', async () => {
    const res = await t.request('/api/board');
    const body = await res.text();
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('ETag')).toBe(`"${createHash('sha1').update(body).digest('hex')}"`);
    expect(JSON.parse(body)).toEqual({ board });
  });

  it('keeps a route’s own Cache-Control', async () => {
    const res = await t.request('/api/board/minute');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(res.headers.get('ETag')).toMatch(/^"/);
  });

  it('gives a refusal no validators', async () => {
    const res = await t.request('/api/board?page=99');
    expect(res.status).toBe(400);
    expect(res.headers.get('ETag')).toBeNull();
    expect(res.headers.get('Cache-Control')).not.toBe(PUBLIC_CACHE_CONTROL);
  });

  it('gives nothing to a staff session: its answers stay no-store and never a 304', async () => {
    const tag = (await t.request('/api/board')).headers.get('ETag') ?? '';
    const staff = await t.loginAs(['editor']);
    const res = await t.request('/api/board', {
      headers: { ...staff.headers, 'If-None-Match': tag },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeNull();
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('leaves other routes alone', async () => {
    const res = await t.request('/api/board/plain');
    expect(res.headers.get('ETag')).toBeNull();
    expect(res.headers.get('Cache-Control')).toBeNull();
  });

  it('validates the town’s facts, and says so in the OpenAPI document', async () => {
    const town = await t.request('/api/town');
    const tag = town.headers.get('ETag') ?? '';
    expect(tag).toMatch(/^"/);
    expect((await t.request('/api/town', { headers: { 'If-None-Match': tag } })).status).toBe(304);
    const doc = (await (await t.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    expect(doc.paths['/api/board']?.get.responses).toHaveProperty('304');
    expect(doc.paths['/api/town']?.get.responses).toHaveProperty('304');
    expect(doc.paths['/api/board/plain']?.get.responses).not.toHaveProperty('304');
  });
});

describe('kept answers', () => {
  it('sends a kept answer with its own ETag, a 304 to a match, and builds it again only for a new version', async () => {
    const first = await t.request('/api/board/kept');
    const body = await first.text();
    const tag = first.headers.get('ETag') ?? '';
    expect(tag).toBe(`"${createHash('sha1').update(body).digest('hex')}"`);
    expect(first.headers.get('Content-Type')).toBe('application/json');
    expect(first.headers.get('Cache-Control')).toBe(PUBLIC_CACHE_CONTROL);
    const built = builds;
    const again = await t.request('/api/board/kept', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(builds).toBe(built);

    board = 'Sprechstunde am Freitag';
    boardVersion += 1;
    const changed = await t.request('/api/board/kept', { headers: { 'If-None-Match': tag } });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ board: 'Sprechstunde am Freitag' });
    expect(changed.headers.get('ETag')).not.toBe(tag);
    expect(builds).toBe(built + 1);
  });

  it('gives a staff session a kept answer without its ETag', async () => {
    const staff = await t.loginAs(['editor']);
    const res = await t.request('/api/board/kept', { headers: staff.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeNull();
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('keeps at most `max` answers, dropping the one used least recently', () => {
    const kept = new KeptAnswers(2);
    const a = prepareAnswer('a');
    kept.set('a', '1', a);
    kept.set('b', '1', prepareAnswer('b'));
    expect(kept.get('a', '1')).toBe(a);
    kept.set('c', '1', prepareAnswer('c'));
    expect(kept.size).toBe(2);
    expect(kept.get('b', '1')).toBeUndefined();
    expect(kept.get('a', '1')).toBe(a);
    expect(kept.get('a', '2')).toBeUndefined();
    expect(() => new KeptAnswers(0)).toThrow();
  });
});
