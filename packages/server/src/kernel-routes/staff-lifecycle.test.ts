import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFolderMail } from '../auth/test-mail.js';
import notices from '../fixtures/notices-module.js';
import { createTestServer, type TestServer, testDatabases } from '../testing.js';

/**
 * A staff account's life as administrators lead it: invited by e-mail, the password set with
 * the invitation's link, roles changed, deactivated (sessions end at once, the account stays)
 * and reactivated; never one's own, never the last active administrator.
 */

const PASSWORD = 'Kompass Wiese Tinte 42';
const ORIGIN = 'https://app.musterstadt.example';

let t: TestServer;
let mailDir: string;
let admin: Awaited<ReturnType<TestServer['loginAs']>>;
let ipCounter = 0;

const invite = (json: unknown, headers = admin.headers) =>
  t.request('/api/staff', { headers, json });
const action = (id: string, what: string, headers = admin.headers) =>
  t.request(`/api/staff/${id}/${what}`, { method: 'POST', headers });
const login = (email: string, password = PASSWORD) =>
  t.request('/api/auth/login', {
    json: { email, password },
    headers: { 'x-forwarded-for': `198.51.100.${++ipCounter}` },
  });
const me = (headers: Record<string, string>) => t.request('/api/auth/me', { headers });

async function linkMailedTo(email: string, count = 1) {
  await waitForMails(email, count);
  const mails = (await readFolderMail(mailDir)).filter((m) => m.to === email);
  expect(mails).toHaveLength(count);
  const mail = mails.at(-1);
  const token = /#passwort-zuruecksetzen=([\w-]+)/.exec(mail?.text ?? '')?.[1];
  expect(token, mail?.text).toBeDefined();
  return { mail, token: token as string };
}

/** Mails go out in the background: waits until `count` have reached `email`. */
async function waitForMails(email: string, count: number) {
  for (let i = 0; i < 250; i++) {
    if ((await readFolderMail(mailDir)).filter((m) => m.to === email).length >= count) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(testDatabases())('on %s', (database) => {
  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'city-app-staff-life-'));
    t = await createTestServer({
      modules: [notices],
      database,
      env: {
        CITY_APP_MAIL_DIR: mailDir,
        CITY_APP_PUBLIC_URL: ORIGIN,
        CITY_APP_TRUST_PROXY: '1',
      },
    });
    admin = await t.loginAs(['admin'], { name: 'Petra Amt' });
  });
  afterAll(async () => {
    await t.close();
    await rm(mailDir, { recursive: true, force: true });
  });

  it('invites by e-mail: a link valid 7 days sets the password; nobody else learns one', async () => {
    const email = 'neu@musterstadt.example';
    const before = Date.now();
    const res = await invite({ email, name: 'Nora Neu', roles: ['editor', 'clerk'] });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.user).toMatchObject({
      email,
      roles: ['editor', 'clerk'],
      mustChangePassword: true,
    });
    const days = (Date.parse(body.invitation.expiresAt) - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);

    const { mail, token } = await linkMailedTo(email);
    expect(mail?.subject).toBe(
      'Muster App: Einladung in den Bereich für Mitarbeitende / Muster App: invitation to the staff area',
    );
    expect(mail?.text).toContain('Guten Tag Nora Neu,');
    expect(mail?.text).toContain('Petra Amt hat für Sie ein Konto');
    expect(mail?.text).toContain('Petra Amt has created an account for you');
    expect(mail?.text).toContain(`${ORIGIN}/admin#passwort-zuruecksetzen=${token}`);

    // Before the link is used there is no password to sign in with.
    expect((await login(email, 'irgendein-langes-passwort')).status).toBe(401);
    const set = await t.request('/api/auth/password-reset/confirm', {
      json: { token, newPassword: PASSWORD },
    });
    expect(set.status).toBe(204);
    const signedIn = await login(email);
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).user.mustChangePassword).toBe(false);

    const list = await (await t.request('/api/staff', { headers: admin.headers })).json();
    const listed = list.staff.find((s: { email: string }) => s.email === email);
    expect(listed.mustChangePassword).toBe(false);
    expect(Date.parse(listed.lastLoginAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('sends an invitation again: the new link works, the old one no longer', async () => {
    const email = 'zweimal@musterstadt.example';
    const { user } = await (await invite({ email, name: 'Zora Zwei', roles: ['editor'] })).json();
    const first = (await linkMailedTo(email)).token;
    const again = await action(user.id, 'invitation');
    expect(again.status).toBe(202);
    const second = (await linkMailedTo(email, 2)).token;
    expect(second).not.toBe(first);
    const confirm = (token: string) =>
      t.request('/api/auth/password-reset/confirm', { json: { token, newPassword: PASSWORD } });
    expect((await confirm(first)).status).toBe(400);
    expect((await confirm(second)).status).toBe(204);
  });

  it('refuses an invitation without a public address for the link, writing nothing', async () => {
    const bare = await createTestServer({ database, env: { CITY_APP_MAIL_DIR: mailDir } });
    try {
      const boss = await bare.loginAs(['admin']);
      const res = await bare.request('http://app.musterstadt.example/api/staff', {
        headers: { ...boss.headers, 'accept-language': 'de' },
        json: { email: 'ohne-link@musterstadt.example', name: 'Ohne', roles: ['editor'] },
      });
      expect(res.status).toBe(503);
      const refusal = await res.json();
      expect(refusal.code).toBe('invitation_needs_public_url');
      expect(refusal.hint).toContain('CITY_APP_PUBLIC_URL');
      expect(
        (await bare.db.query("select 1 from city_app_users where email like 'ohne-link@%'")).rows,
      ).toEqual([]);
    } finally {
      await bare.close();
    }
  });

  it('deactivates: sessions end at once, sign-in and links are refused, the account stays', async () => {
    const email = 'geht@musterstadt.example';
    const { user } = await (await invite({ email, name: 'Gerd Geht', roles: ['editor'] })).json();
    const { token } = await linkMailedTo(email);
    await t.request('/api/auth/password-reset/confirm', { json: { token, newPassword: PASSWORD } });
    const cookie = /city_app_session=[^;]+/.exec(
      (await login(email)).headers.getSetCookie().join(';'),
    )?.[0] as string;
    expect((await me({ Cookie: cookie })).status).toBe(200);

    const off = await action(user.id, 'deactivate');
    expect(off.status).toBe(200);
    expect(Date.parse((await off.json()).user.deactivatedAt)).not.toBeNaN();
    expect((await me({ Cookie: cookie })).status).toBe(401);
    expect(
      (await t.db.query('select 1 from city_app_sessions where user_id = $1', [user.id])).rows,
    ).toEqual([]);

    // The right password says the account is deactivated; a wrong one says nothing more.
    const refused = await t.request('/api/auth/login', {
      json: { email, password: PASSWORD },
      headers: { 'accept-language': 'en', 'x-forwarded-for': '198.51.100.250' },
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      code: 'account_deactivated',
      message: 'This account is deactivated; signing in is not possible.',
    });
    expect((await login(email, 'ganz-falsches-passwort')).status).toBe(401);

    // No reset link for a deactivated account, and no invitation.
    const mailsBefore = (await readFolderMail(mailDir)).filter((m) => m.to === email).length;
    expect((await t.request('/api/auth/password-reset', { json: { email } })).status).toBe(202);
    const resend = await action(user.id, 'invitation');
    expect(resend.status).toBe(409);
    expect((await resend.json()).code).toBe('staff_deactivated');
    await new Promise((r) => setTimeout(r, 100));
    expect((await readFolderMail(mailDir)).filter((m) => m.to === email)).toHaveLength(mailsBefore);

    const list = await (await t.request('/api/staff', { headers: admin.headers })).json();
    expect(list.staff.map((s: { id: string }) => s.id)).toContain(user.id);

    const on = await action(user.id, 'reactivate');
    expect(on.status).toBe(200);
    expect((await on.json()).user.deactivatedAt).toBeNull();
    expect((await login(email)).status).toBe(200);
  });

  it('ends a session that is in use the moment its account is deactivated', async () => {
    const editor = await t.loginAs(['editor']);
    expect((await me(editor.headers)).status).toBe(200);
    await action(editor.user.id, 'deactivate');
    expect((await me(editor.headers)).status).toBe(401);
    const write = await t.request('/api/auth/password', {
      headers: editor.headers,
      json: { currentPassword: 'egal', newPassword: PASSWORD },
    });
    expect(write.status).toBe(401);
  });

  it('keeps an administrator from deactivating or demoting themself, in both languages', async () => {
    const other = await t.loginAs(['admin']);
    const self = await action(other.user.id, 'deactivate', {
      ...other.headers,
      'accept-language': 'de',
    });
    expect(self.status).toBe(409);
    expect(await self.json()).toMatchObject({
      code: 'cannot_deactivate_self',
      message: 'Das Konto, mit dem Sie angemeldet sind, können Sie nicht deaktivieren.',
    });
    const demote = await t.request(`/api/staff/${other.user.id}`, {
      method: 'PATCH',
      headers: { ...other.headers, 'accept-language': 'en' },
      json: { roles: ['editor'] },
    });
    expect(demote.status).toBe(409);
    expect(await demote.json()).toMatchObject({
      code: 'cannot_demote_self',
      field: 'roles',
      message: 'You cannot take the role "Administration" from your own account.',
    });
    const { rows } = await t.db.query<{ roles: string[]; deactivated_at: Date | null }>(
      'select roles, deactivated_at from city_app_users where id = $1',
      [other.user.id],
    );
    expect(rows).toEqual([{ roles: ['admin'], deactivated_at: null }]);
    // Another administrator may.
    expect((await action(other.user.id, 'deactivate')).status).toBe(200);
  });

  it('never removes the last active administrator; a deactivated one does not count', async () => {
    const solo = await createTestServer({ database, env: { CITY_APP_MAIL_DIR: mailDir } });
    try {
      await solo.db.query('delete from city_app_users');
      const only = await solo.loginAs(['admin']);
      const dormant = await solo.loginAs(['admin']);
      await solo.request(`/api/staff/${dormant.user.id}/deactivate`, {
        method: 'POST',
        headers: only.headers,
      });
      const res = await solo.request(`/api/staff/${only.user.id}`, {
        method: 'PATCH',
        headers: { ...only.headers, 'accept-language': 'de' },
        json: { roles: ['editor'] },
      });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({
        code: 'last_admin',
        field: 'roles',
        message: 'Damit bliebe die Stadt ohne aktive Administratorin oder aktiven Administrator.',
      });
      // Active again, the other administrator counts, and the role may go.
      await solo.request(`/api/staff/${dormant.user.id}/reactivate`, {
        method: 'POST',
        headers: only.headers,
      });
      const demoted = await solo.request(`/api/staff/${dormant.user.id}`, {
        method: 'PATCH',
        headers: only.headers,
        json: { roles: ['editor'] },
      });
      expect(demoted.status).toBe(200);
    } finally {
      await solo.close();
    }
  });

  it('names the field of every refusal and answers 404 for an unknown account', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const what of ['deactivate', 'reactivate', 'invitation']) {
      const res = await action(unknown, what);
      expect(res.status, what).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'staff_not_found', field: 'id' });
    }
    const long = await invite({
      email: 'lang@musterstadt.example',
      name: 'x'.repeat(101),
      roles: ['editor'],
    });
    expect(long.status).toBe(400);
    expect((await long.json()).field).toBe('name');
    const editor = await t.loginAs(['editor']);
    expect((await action(admin.user.id, 'deactivate', editor.headers)).status).toBe(403);
  });
});
