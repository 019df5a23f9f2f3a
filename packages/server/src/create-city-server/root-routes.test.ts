import { defineCity } from '@city-app/core';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { noticesManifest } from '../fixtures/notices-module.js';
import { type CityEnv, defineServerModule } from '../module.js';
import { createTestServer, TEST_CITY } from '../testing.js';
import { checkRootPrefixes } from './root-routes.js';

/** A module that answers `GET <prefix>/who` with its id. */
const rooted = (id: string, prefix: string) =>
  defineServerModule({
    manifest: { ...noticesManifest, id, path: `/${id}` },
    rootRoutes: {
      prefix,
      routes: () => new Hono<CityEnv>().get('/who', (c) => c.json({ id })),
    },
  });

const refusal = (modules: ReturnType<typeof rooted>[]) => {
  try {
    checkRootPrefixes(modules);
  } catch (error) {
    return error as { code: string; field: string; toJSON(l: string): { message: string } };
  }
  throw new Error('not refused');
};

describe('a module’s routes at a root prefix', () => {
  it('are served there, with the kernel’s security headers and body limit', async () => {
    const server = await createTestServer({
      modules: [rooted('melder', '/open311')],
      city: defineCity({ ...TEST_CITY, modules: { melder: {} } }),
      env: { CITY_APP_MAX_BODY_BYTES: '1024' },
    });
    try {
      const res = await server.request('/open311/who');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ id: 'melder' });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const big = await server.request('/open311/who', {
        method: 'POST',
        body: 'x'.repeat(4096),
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(big.status).toBe(413);
    } finally {
      await server.close();
    }
  });

  it('refuse the kernel’s paths and anything but one segment', () => {
    for (const prefix of [
      '/api',
      '/admin',
      '/assets',
      '/healthz',
      '/einstellungen',
      '/a/b',
      'x',
      '/sw.js',
      '/',
    ]) {
      const error = refusal([rooted('melder', prefix)]);
      expect(error.code).toBe('module_root_prefix_invalid');
      expect(error.field).toBe('modules.melder');
    }
  });

  it('refuse another module’s prefix or screens, naming both in German and English', () => {
    const twice = refusal([rooted('eins', '/open311'), rooted('zwei', '/open311')]);
    expect(twice.code).toBe('module_root_prefix_taken');
    expect(twice.toJSON('de').message).toBe(
      'Das Modul „zwei“ möchte Routen unter „/open311“ anbieten, doch dort liegt schon das Modul „eins“.',
    );
    expect(twice.toJSON('en').message).toContain('the module "eins" is there already');
    expect(refusal([rooted('eins', '/open311'), rooted('zwei', '/eins')]).code).toBe(
      'module_root_prefix_taken',
    );
  });

  it('stop the server’s start when they clash', async () => {
    await expect(
      createTestServer({
        modules: [rooted('eins', '/api')],
        city: defineCity({ ...TEST_CITY, modules: { eins: {} } }),
      }),
    ).rejects.toMatchObject({ code: 'module_root_prefix_invalid' });
  });
});
