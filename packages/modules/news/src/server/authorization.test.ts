import {
  type AuthorizationCaller,
  authorizationMatrix,
  createTestServer,
  type TestServer,
} from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import news from './index.js';

const article = {
  title: 'Vollsperrung der Langen Straße',
  teaser: 'Ab Montag ist die Lange Straße zwischen Markt und Bahnhof gesperrt.',
  body: 'Bitte folgen Sie der Umleitung.',
  category: 'Baustellen',
};

function matrixSuite(database: 'pglite' | 'postgres') {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ modules: [news], database });
  });
  afterAll(() => server?.close());

  it('lets only editors (and admins) write news, and everyone read what is published', async () => {
    const editor = await server.loginAs(['editor']);
    const created = await server.request('/api/news/admin/articles', {
      headers: editor.headers,
      json: article,
    });
    const { id, slug } = (await created.json()) as { id: string; slug: string };
    await server.request(`/api/news/admin/articles/${id}/publish`, {
      method: 'POST',
      headers: editor.headers,
    });
    const staff = (name: string, roles: string[]): AuthorizationCaller => ({
      name,
      roles,
      headers: async () => (await server.loginAs(roles)).headers,
    });
    const matrix = await authorizationMatrix(server, {
      callers: [
        { name: 'anonymous' },
        staff('admin', ['admin']),
        staff('editor', ['editor']),
        staff('no role', []),
      ],
      examples: { id: [id], slug: [slug], category: ['Baustellen'] },
    });
    console.log(`Authorization matrix of the news module on ${database}:\n${matrix.table()}`);
    expect(matrix.problems).toEqual([]);
    const cell = (route: string, caller: string) =>
      matrix.cells.find((c) => c.route === route && c.caller === caller)?.status;
    expect(cell('GET /api/news/articles/{slug}', 'anonymous')).toBe(200);
    expect(cell('GET /api/news/admin/articles/{id}', 'editor')).toBe(200);
    expect(cell('GET /api/news/admin/articles/{id}', 'anonymous')).toBe(401);
    expect(cell('GET /api/news/admin/articles/{id}', 'no role')).toBe(403);
  }, 120_000);
}

describe('the authorization matrix of the news module on PGlite', () => matrixSuite('pglite'));

// Runs with `with-postgres`; under CI a missing database fails instead of skipping.
describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'the authorization matrix of the news module on PostgreSQL',
  () => matrixSuite('postgres'),
);
