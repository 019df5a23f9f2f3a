import { describe, expect, it } from 'vitest';
import { memoryLogger, TEST_CITY } from '../testing.js';
import { createCityServer, DEFAULT_HOST } from './index.js';

describe('listen', () => {
  it('serves over HTTP on PORT and HOST, prints the URL and closes', async () => {
    const log = memoryLogger();
    const server = await createCityServer(TEST_CITY, {
      env: { CITY_APP_DATA_DIR: 'memory://', PORT: '0', HOST: '127.0.0.1' },
      log,
      webRoot: false,
    });
    const listening = await server.listen();
    expect(listening.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(log.lines.some((l) => l.message.includes(`listening on ${listening.url}`))).toBe(true);
    const res = await fetch(`${listening.url}/healthz`);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'pglite' });
    await server.close();
    await expect(fetch(`${listening.url}/healthz`)).rejects.toThrow();
  });

  it('refuses a port already in use, naming PORT', async () => {
    const server = await createCityServer(TEST_CITY, {
      env: { CITY_APP_DATA_DIR: 'memory://', HOST: '127.0.0.1' },
      log: memoryLogger(),
      webRoot: false,
    });
    try {
      const first = await server.listen({ port: 0 });
      const port = Number(new URL(first.url).port);
      await expect(server.listen({ port })).rejects.toMatchObject({
        code: 'invalid_environment',
        field: 'PORT',
        message: `Port ${port} on 127.0.0.1 is already in use.`,
      });
    } finally {
      await server.close();
    }
  });

  it('binds to the loopback address by default', () => {
    expect(DEFAULT_HOST).toBe('127.0.0.1');
  });

  it('refuses a PORT that is not a number', async () => {
    const server = await createCityServer(TEST_CITY, {
      env: { CITY_APP_DATA_DIR: 'memory://', PORT: 'achtzig' },
      log: memoryLogger(),
      webRoot: false,
    });
    await expect(server.listen()).rejects.toMatchObject({
      code: 'invalid_environment',
      field: 'PORT',
    });
    await server.close();
  });
});
