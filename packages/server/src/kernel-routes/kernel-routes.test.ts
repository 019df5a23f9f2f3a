import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import notices from '../fixtures/notices-module.js';
import { createTestServer, type TestServer } from '../testing.js';
import { SERVER_VERSION } from '../version.js';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ modules: [notices] });
});
afterAll(() => t.close());

async function feedbackCount(): Promise<number> {
  const { rows } = await t.db.query<{ n: number }>('select count(*)::int as n from feedback');
  return rows[0]?.n ?? -1;
}

describe('GET /healthz', () => {
  it('reports ok, the package version and the database engine', async () => {
    const res = await t.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      version: packageJson.version,
      database: 'pglite',
    });
    expect(SERVER_VERSION).toBe(packageJson.version);
  });
});

describe('GET /api/town', () => {
  it('shows the public town info and the enabled modules without their options', async () => {
    const res = await t.request('/api/town');
    const town = await res.json();
    expect(town.town).toMatchObject({ name: 'Musterstadt', slug: 'musterstadt', state: 'DE-MV' });
    expect(town.branding.appName).toBe('Muster App');
    expect(town.locales).toEqual(['de', 'en']);
    expect(town.timezone).toBe('Europe/Berlin');
    expect(town.areas).toHaveLength(2);
    expect(town.legal.accessibility.contactEmail).toBe('barrierefreiheit@musterstadt.example');
    expect(town.modules).toEqual([
      {
        id: 'notices',
        title: { de: 'Aushänge', en: 'Notices' },
        description: { de: 'Aushänge am Schwarzen Brett', en: 'Notice board' },
        field: 'administration',
        path: '/notices',
      },
    ]);
    expect(JSON.stringify(town)).not.toContain('s3cret');
    expect(JSON.stringify(town)).not.toContain('perPage');
  });
});

describe('feedback', () => {
  it('stores feedback from anyone and answers 201 with its id', async () => {
    const res = await t.request('/api/feedback', {
      json: {
        message: 'Der Aufzug am Bahnhof ist defekt.',
        email: 'anna@example.de',
        name: 'Anna',
        page: '/barrierefreiheit',
      },
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const { rows } = await t.db.query(
      'select message, email, name, page from feedback where id = $1',
      [id],
    );
    expect(rows).toEqual([
      {
        message: 'Der Aufzug am Bahnhof ist defekt.',
        email: 'anna@example.de',
        name: 'Anna',
        page: '/barrierefreiheit',
      },
    ]);
  });

  it.each([
    [{}, 'message', 'Bitte ausfüllen.'],
    [{ message: '   ' }, 'message', 'Bitte mindestens 1 Zeichen eingeben.'],
    [{ message: 'x'.repeat(5001) }, 'message', 'Bitte höchstens 5000 Zeichen eingeben.'],
    [
      { message: 'Hallo', email: 'not-an-address' },
      'email',
      'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@example.org.',
    ],
    [
      { message: 'Hallo\u0000' },
      'message',
      'Bitte Steuerzeichen entfernen; erlaubt sind nur Tabulator und Zeilenumbruch.',
    ],
  ])('refuses %j naming the field and stores nothing', async (body, field, message) => {
    const before = await feedbackCount();
    const res = await t.request('/api/feedback', { json: body });
    expect(res.status).toBe(400);
    const error = await res.json();
    expect(error).toMatchObject({ code: 'validation_failed', field });
    if (message) expect(error.message).toBe(message);
    expect(await feedbackCount()).toBe(before);
  });

  it('lets only admins read it, newest first', async () => {
    expect((await t.request('/api/feedback')).status).toBe(401);
    const editor = await t.loginAs(['editor']);
    expect((await t.request('/api/feedback', { headers: editor.headers })).status).toBe(403);
    await t.request('/api/feedback', { json: { message: 'Zweite Nachricht' } });
    const admin = await t.loginAs(['admin']);
    const res = await t.request('/api/feedback?limit=1', { headers: admin.headers });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.feedback).toHaveLength(1);
    expect(body.feedback[0].message).toBe('Zweite Nachricht');
    expect(body.total).toBe(await feedbackCount());
    expect((await t.request('/api/feedback?limit=0', { headers: admin.headers })).status).toBe(400);
  });
});
