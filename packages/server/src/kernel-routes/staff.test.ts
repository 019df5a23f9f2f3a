import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import notices from '../fixtures/notices-module.js';
import { createTestServer, type TestServer, testDatabases } from '../testing.js';

// The server of the suite running now (suites run one after the other).
let t: TestServer;
let admin: Awaited<ReturnType<TestServer['loginAs']>>;

const userCount = async () =>
  (await t.db.query<{ n: number }>('select count(*)::int as n from city_app_users')).rows[0]?.n;

// Roles and accounts live in SQL: every case runs on each test database.
describe.each(testDatabases())('on %s', (database) => {
  let mailDir: string;
  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'city-app-staff-mail-'));
    t = await createTestServer({
      modules: [notices],
      database,
      env: { CITY_APP_MAIL_DIR: mailDir },
    });
    admin = await t.loginAs(['admin']);
  });
  afterAll(async () => {
    await t.close();
    await rm(mailDir, { recursive: true, force: true });
  });

  describe('/api/staff', () => {
    it('is for administrators only', async () => {
      expect((await t.request('/api/staff')).status).toBe(401);
      const editor = await t.loginAs(['editor', 'clerk']);
      expect((await t.request('/api/staff', { headers: editor.headers })).status).toBe(403);
      expect((await t.request('/api/staff', { headers: admin.headers })).status).toBe(200);
    });

    it('creates accounts with kernel and module roles and lists every role in words', async () => {
      const res = await t.request('/api/staff', {
        headers: admin.headers,
        json: { email: 'Bibliothek@Musterstadt.example', name: 'Bibliothek', roles: ['clerk'] },
      });
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body.user).toMatchObject({
        email: 'bibliothek@musterstadt.example',
        roles: ['clerk'],
        mustChangePassword: true,
        deactivatedAt: null,
        lastLoginAt: null,
      });
      // No password travels: the person sets their own with the invitation's link.
      expect(Object.keys(body).sort()).toEqual(['invitation', 'user']);
      const list = await (await t.request('/api/staff', { headers: admin.headers })).json();
      expect(list.staff.map((s: { email: string }) => s.email)).toContain(
        'bibliothek@musterstadt.example',
      );
      expect(list.roles).toEqual([
        {
          id: 'admin',
          title: { de: 'Administration (alle Bereiche)', en: 'Administration (every area)' },
        },
        { id: 'editor', title: { de: 'Redaktion', en: 'Editorial' } },
        {
          id: 'clerk',
          title: { de: 'Sachbearbeitung', en: 'Clerk' },
          module: { id: 'notices', title: { de: 'Aushänge', en: 'Notices' } },
        },
      ]);
      expect(JSON.stringify(list)).not.toContain('scrypt');
    });

    it('refuses unknown roles, bad e-mails and taken e-mails, writing nothing', async () => {
      const before = await userCount();
      const cases: [unknown, number, string][] = [
        [{ email: 'x@example.de', name: 'X', roles: ['editor', 'mayor'] }, 400, 'roles.1'],
        [{ email: 'kein-mail', name: 'X', roles: ['editor'] }, 400, 'email'],
        [{ email: 'x@example.de', name: 'X', roles: [] }, 400, 'roles'],
        [
          { email: 'x@example.de', name: 'X', roles: ['editor'], password: 'kurz' },
          400,
          'password',
        ],
        [{ email: admin.user.email, name: 'X', roles: ['editor'] }, 409, 'email'],
      ];
      for (const [body, status, field] of cases) {
        const res = await t.request('/api/staff', { headers: admin.headers, json: body });
        expect(res.status, JSON.stringify(body)).toBe(status);
        expect((await res.json()).field).toBe(field);
      }
      expect(await userCount()).toBe(before);
    });

    it('changes roles; the change applies to live sessions at once', async () => {
      const editor = await t.loginAs(['editor']);
      expect((await t.request('/api/feedback', { headers: editor.headers })).status).toBe(403);
      const res = await t.request(`/api/staff/${editor.user.id}`, {
        method: 'PATCH',
        headers: admin.headers,
        json: { roles: ['admin'] },
      });
      expect(res.status).toBe(200);
      expect((await res.json()).user.roles).toEqual(['admin']);
      expect((await t.request('/api/feedback', { headers: editor.headers })).status).toBe(200);
    });

    it('names a bad id and answers 404 for an unknown one', async () => {
      const bad = await t.request('/api/staff/123', {
        method: 'PATCH',
        headers: admin.headers,
        json: { roles: ['editor'] },
      });
      expect(bad.status).toBe(400);
      expect((await bad.json()).field).toBe('id');
      const unknown = await t.request('/api/staff/00000000-0000-4000-8000-000000000000', {
        method: 'DELETE',
        headers: admin.headers,
      });
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ code: 'staff_not_found', field: 'id' });
    });

    it('never leaves the town without an administrator', async () => {
      const solo = await createTestServer({ database });
      try {
        await solo.db.query('delete from city_app_users');
        const only = await solo.loginAs(['admin']);
        const res = await solo.request(`/api/staff/${only.user.id}`, {
          method: 'PATCH',
          headers: only.headers,
          json: { roles: ['editor'] },
        });
        expect(res.status).toBe(409);
        expect((await res.json()).code).toBe('last_admin');
        expect(
          (await solo.db.query('select roles from city_app_users where id = $1', [only.user.id]))
            .rows,
        ).toEqual([{ roles: ['admin'] }]);
        const self = await solo.request(`/api/staff/${only.user.id}`, {
          method: 'DELETE',
          headers: only.headers,
        });
        expect(self.status).toBe(409);
        expect((await self.json()).code).toBe('cannot_delete_self');
      } finally {
        await solo.close();
      }
    });

    it('deletes an account and its sessions', async () => {
      const victim = await t.loginAs(['editor']);
      const res = await t.request(`/api/staff/${victim.user.id}`, {
        method: 'DELETE',
        headers: admin.headers,
      });
      expect(res.status).toBe(204);
      expect((await t.request('/api/auth/me', { headers: victim.headers })).status).toBe(401);
      expect(
        (
          await t.db.query('select 1 from city_app_sessions s where s.user_id = $1', [
            victim.user.id,
          ])
        ).rows,
      ).toEqual([]);
    });
  });
});
