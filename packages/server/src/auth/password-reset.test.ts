import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testing.js';
import { RESET_LIMITS } from './rate-limit.js';
import { readFolderMail, waitForFolderMail } from './test-mail.js';

const OLD = 'das-alte-passwort-9';
const NEW = 'Kompass Wiese Tinte 42';

let t: TestServer;
let mailDir: string;
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

beforeAll(async () => {
  mailDir = await mkdtemp(join(tmpdir(), 'city-app-mail-'));
  t = await createTestServer({
    env: {
      CITY_APP_TRUST_PROXY: '1',
      CITY_APP_MAIL_DIR: mailDir,
      CITY_APP_PUBLIC_URL: 'https://app.musterstadt.example',
    },
  });
});
afterAll(async () => {
  await t.close();
  await rm(mailDir, { recursive: true, force: true });
});

async function staff(email: string) {
  const admin = await t.loginAs(['admin']);
  const res = await t.request('/api/staff', {
    headers: admin.headers,
    json: { email, name: 'Reset', roles: ['editor'], password: OLD },
  });
  expect(res.status).toBe(201);
}

function ask(email: string, ip = freshIp(), headers: Record<string, string> = {}) {
  return t.request('/api/auth/password-reset', {
    json: { email },
    headers: { 'x-forwarded-for': ip, ...headers },
  });
}

function confirm(token: string, newPassword: string) {
  return t.request('/api/auth/password-reset/confirm', { json: { token, newPassword } });
}

function login(email: string, password: string) {
  return t.request('/api/auth/login', {
    json: { email, password },
    headers: { 'x-forwarded-for': freshIp() },
  });
}

async function mailsTo(email: string, count: number) {
  return (await waitForFolderMail(mailDir, count)).filter((m) => m.to === email);
}

function tokenOf(text: string): string {
  const link = /https:\/\/app\.musterstadt\.example\/admin#passwort-zuruecksetzen=([\w-]+)/.exec(
    text,
  );
  expect(link, text).not.toBeNull();
  return link?.[1] as string;
}

describe('password reset', () => {
  it('answers the same for an unknown address and mails only a real account a single-use link', async () => {
    const email = 'vergesslich@musterstadt.example';
    await staff(email);
    const before = (await readFolderMail(mailDir)).length;
    const known = await ask(email);
    const unknown = await ask('niemand@musterstadt.example');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    const mails = await mailsTo(email, before + 1);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain('Passwort zurücksetzen');
    const token = tokenOf(mails[0]?.text ?? '');
    // Only the token's hash is stored.
    const { rows } = await t.db.query<{ token_hash: string }>(
      'select token_hash from city_app_password_resets',
    );
    expect(rows.map((r) => r.token_hash)).not.toContain(token);

    const session = await login(email, OLD);
    expect(session.status).toBe(200);
    const cookie = /city_app_session=[^;]+/.exec(session.headers.getSetCookie().join(';'))?.[0];

    const weak = await confirm(token, 'musterstadt-2024!');
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({ code: 'weak_password', field: 'newPassword' });
    expect((await confirm(token, NEW)).status).toBe(204);
    const again = await confirm(token, `${NEW}!`);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 'reset_invalid', field: 'token' });

    expect(
      (await t.request('/api/auth/me', { headers: { Cookie: cookie as string } })).status,
    ).toBe(401);
    expect((await login(email, OLD)).status).toBe(401);
    expect((await login(email, NEW)).status).toBe(200);
  });

  it('lets only one of two concurrent uses of a link through', async () => {
    const email = 'doppelt@musterstadt.example';
    await staff(email);
    const before = (await readFolderMail(mailDir)).length;
    await ask(email);
    const token = tokenOf((await mailsTo(email, before + 1))[0]?.text ?? '');
    const statuses = (await Promise.all([confirm(token, NEW), confirm(token, `${NEW} zwei`)])).map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual([204, 400]);
  });

  it('refuses an expired link and one superseded by a newer mail', async () => {
    const email = 'abgelaufen@musterstadt.example';
    await staff(email);
    const before = (await readFolderMail(mailDir)).length;
    await ask(email);
    const first = tokenOf((await mailsTo(email, before + 1))[0]?.text ?? '');
    await ask(email);
    const mails = await mailsTo(email, before + 2);
    expect(mails).toHaveLength(2);
    const second = mails.map((m) => tokenOf(m.text)).find((token) => token !== first);
    expect((await confirm(first as string, NEW)).status).toBe(400);
    await t.db.query(
      "update city_app_password_resets set expires_at = now() - interval '1 minute'",
    );
    expect((await confirm(second as string, NEW)).status).toBe(400);
  });

  it('limits requests per address, whether or not the account exists', async () => {
    const ip = freshIp();
    for (let i = 0; i < RESET_LIMITS.perEmail; i++)
      expect((await ask('oft@musterstadt.example', ip)).status).toBe(202);
    const refused = await ask('oft@musterstadt.example', freshIp(), { 'Accept-Language': 'en' });
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toContain('asked for too often');
  });
});

describe('password reset without a public origin', () => {
  it('sends no link built from a stranger-chosen Host, and says so in the log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'city-app-mail-'));
    const local = await createTestServer({ env: { CITY_APP_MAIL_DIR: dir } });
    try {
      const admin = await local.loginAs(['admin'], { email: 'ohne@musterstadt.example' });
      expect(admin.user.email).toBe('ohne@musterstadt.example');
      const res = await local.request('http://evil.example/api/auth/password-reset', {
        json: { email: 'ohne@musterstadt.example' },
      });
      expect(res.status).toBe(202);
      expect(local.log.lines.some((l) => l.message.includes('CITY_APP_PUBLIC_URL'))).toBe(true);
      const onMachine = await local.request('http://localhost:3000/api/auth/password-reset', {
        json: { email: 'ohne@musterstadt.example' },
      });
      expect(onMachine.status).toBe(202);
      const mails = await waitForFolderMail(dir, 1);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.text).toContain('http://localhost:3000/admin#passwort-zuruecksetzen=');
    } finally {
      await local.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'password reset on PostgreSQL',
  () => {
    it('lets only one of two concurrent uses of a link through, with a pool of connections', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'city-app-mail-'));
      const pg = await createTestServer({
        database: 'postgres',
        env: { CITY_APP_MAIL_DIR: dir, CITY_APP_PUBLIC_URL: 'https://app.musterstadt.example' },
      });
      try {
        const admin = await pg.loginAs(['admin']);
        const email = 'pg@musterstadt.example';
        await pg.request('/api/staff', {
          headers: admin.headers,
          json: { email, name: 'PG', roles: ['editor'], password: OLD },
        });
        expect((await pg.request('/api/auth/password-reset', { json: { email } })).status).toBe(
          202,
        );
        const token = tokenOf((await waitForFolderMail(dir, 1))[0]?.text ?? '');
        const use = (newPassword: string) =>
          pg.request('/api/auth/password-reset/confirm', { json: { token, newPassword } });
        const statuses = (await Promise.all([use(NEW), use(`${NEW} zwei`), use(`${NEW} drei`)]))
          .map((r) => r.status)
          .sort();
        expect(statuses).toEqual([204, 400, 400]);
      } finally {
        await pg.close();
        await rm(dir, { recursive: true, force: true });
      }
    });
  },
);
