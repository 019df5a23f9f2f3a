import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import module from './index.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ modules: [module] });
});
afterAll(async () => {
  await server?.close();
});

describe('the {{id}} API', () => {
  it('is served by the kernel under /api/{{id}} and lists the entries', async () => {
    await server.db.query("INSERT INTO {{table}} (title) VALUES ('Erster Eintrag')");
    const response = await server.request('/api/{{id}}');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.heading).toBe('{{title}}');
    expect(body.items.map((i: { title: string }) => i.title)).toEqual(['Erster Eintrag']);
  });

  it('appears in the OpenAPI document', async () => {
    const response = await server.request('/api/openapi.json');
    const document = await response.json();
    expect(Object.keys(document.paths).some((path) => path.startsWith('/api/{{id}}'))).toBe(true);
  });
});
