import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCityServer } from '../create-city-server/index.js';
import {
  createTestServer,
  memoryLogger,
  TEST_CITY,
  type TestServer,
  testDatabases,
} from '../testing.js';

const ADMIN = { email: 'chef@musterstadt.example', password: 'richtig-gutes-passwort' };

// The server of the suite running now (suites run one after the other).
let t: TestServer;

let ipCounter = 0;
/** Each test logs in from its own client address, so the per-IP limit stays out of the way. */
function freshIp(): string {
  ipCounter += 1;
  return `192.0.2.${ipCounter}`;
}

async function sessionCount(): Promise<number> {
  const { rows } = await t.db.query<{ n: number }>(
    'select count(*)::int as n from city_app_sessions',
  );
  return rows[0]?.n ?? -1;
}

function login(body: unknown, ip: string, headers: Record<string, string> = {}) {
  return t.request('/api/auth/login', {
    json: body,
    headers: { 'x-forwarded-for': ip, ...headers },
  });
}

function cookiesOf(res: Response): Record<string, string> {
  return Object.fromEntries(res.headers.getSetCookie().map((c) => [c.split('=')[0], c]));
}

async function loggedIn(ip = freshIp()) {
  const res = await login(ADMIN, ip);
  expect(res.status).toBe(200);
  const { csrfToken } = await res.json();
  const session = /city_app_session=([^;]+)/.exec(cookiesOf(res).city_app_session ?? '')?.[1];
  return {
    Cookie: `city_app_session=${session}; city_app_csrf=${csrfToken}`,
    'X-CSRF-Token': csrfToken as string,
  };
}

// Sessions, CSRF tokens and passwords live in SQL: every case runs on each test database.
describe.each(testDatabases())('on %s', (database) => {
  beforeAll(async () => {
    t = await createTestServer({
      database,
      env: {
        CITY_APP_ADMIN_EMAIL: ADMIN.email,
        CITY_APP_ADMIN_PASSWORD: ADMIN.password,
        CITY_APP_TRUST_PROXY: 'true',
      },
    });
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('sets the session and CSRF cookies and answers with the user and the CSRF token', async () => {
      const res = await login(
        { email: ' Chef@Musterstadt.example ', password: ADMIN.password },
        freshIp(),
      );
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.user).toMatchObject({
        email: ADMIN.email,
        roles: ['admin'],
        mustChangePassword: false,
      });
      expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
      const cookies = cookiesOf(res);
      expect(cookies.city_app_session).toMatch(/HttpOnly/);
      expect(cookies.city_app_session).toMatch(/SameSite=Lax/);
      expect(cookies.city_app_session).toMatch(/Path=\//);
      expect(cookies.city_app_session).not.toMatch(/Secure/);
      expect(cookies.city_app_csrf).not.toMatch(/HttpOnly/);
      expect(cookies.city_app_csrf).toContain(body.csrfToken);
    });

    it('marks cookies Secure when the request came over https', async () => {
      const res = await login(ADMIN, freshIp(), { 'x-forwarded-proto': 'https' });
      expect(cookiesOf(res).city_app_session).toMatch(/Secure/);
    });

    it('stores only a hash of the session token', async () => {
      const res = await login(ADMIN, freshIp());
      const token = /city_app_session=([^;]+)/.exec(
        cookiesOf(res).city_app_session ?? '',
      )?.[1] as string;
      const { rows } = await t.db.query('select 1 from city_app_sessions where token_hash = $1', [
        token,
      ]);
      expect(rows).toHaveLength(0);
    });

    it('refuses a wrong password or unknown e-mail alike and creates no session', async () => {
      const before = await sessionCount();
      for (const body of [
        { ...ADMIN, password: 'falsches-passwort' },
        { email: 'niemand@example.de', password: 'x' },
      ]) {
        const res = await login(body, freshIp());
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({
          code: 'invalid_credentials',
          title: 'Anmeldung fehlgeschlagen',
          message: 'E-Mail-Adresse oder Passwort ist falsch.',
        });
        expect(res.headers.getSetCookie()).toEqual([]);
        const english = await login(body, freshIp(), { 'Accept-Language': 'en-GB,en;q=0.8' });
        expect((await english.json()).message).toBe('E-mail or password is wrong.');
      }
      const missing = await login({ email: ADMIN.email }, freshIp());
      expect(missing.status).toBe(400);
      expect((await missing.json()).field).toBe('password');
      expect(await sessionCount()).toBe(before);
    });

    it('me, then logout ends the session', async () => {
      const headers = await loggedIn();
      const me = await t.request('/api/auth/me', { headers });
      expect(me.status).toBe(200);
      expect((await me.json()).user.email).toBe(ADMIN.email);
      const out = await t.request('/api/auth/logout', { method: 'POST', headers });
      expect(out.status).toBe(204);
      expect((await t.request('/api/auth/me', { headers })).status).toBe(401);
    });

    it('me answers 401 without a session', async () => {
      const res = await t.request('/api/auth/me');
      expect(res.status).toBe(401);
      expect((await res.json()).code).toBe('unauthenticated');
      expect(
        (await t.request('/api/auth/me', { headers: { Cookie: 'city_app_session=forged' } }))
          .status,
      ).toBe(401);
    });
  });

  describe('CSRF', () => {
    it('demands the X-CSRF-Token of the session for unsafe requests with a session cookie', async () => {
      const { 'X-CSRF-Token': token, Cookie } = await loggedIn();
      const before = await t.db.query('select count(*)::int as n from city_app_users');
      const attempt = (headers: Record<string, string>) =>
        t.request('/api/staff', {
          headers: { Cookie, 'Accept-Language': 'en', ...headers },
          json: { email: 'neu@example.de', name: 'Neu', roles: ['editor'] },
        });
      const missing = await attempt({});
      expect(missing.status).toBe(403);
      expect(await missing.json()).toMatchObject({
        code: 'csrf_failed',
        message: 'The X-CSRF-Token header is missing.',
      });
      const wrong = await attempt({ 'X-CSRF-Token': `${token}x` });
      expect(wrong.status).toBe(403);
      expect((await wrong.json()).message).toBe(
        'The X-CSRF-Token header does not match this session.',
      );
      expect((await t.db.query('select count(*)::int as n from city_app_users')).rows).toEqual(
        before.rows,
      );
      expect((await attempt({ 'X-CSRF-Token': token })).status).toBe(201);
    });

    it('refuses unsafe requests from another origin, even without a session', async () => {
      const res = await t.request('http://musterstadt.example/api/feedback', {
        json: { message: 'Hallo' },
        headers: { Origin: 'https://evil.example' },
      });
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe('csrf_failed');
      const sameOrigin = await t.request('http://musterstadt.example/api/feedback', {
        json: { message: 'Hallo' },
        headers: { Origin: 'http://musterstadt.example' },
      });
      expect(sameOrigin.status).toBe(201);
      const crossSite = await t.request('/api/feedback', {
        json: { message: 'Hallo' },
        headers: { 'Sec-Fetch-Site': 'cross-site' },
      });
      expect(crossSite.status).toBe(403);
    });

    it('lets safe requests through without a token', async () => {
      const { Cookie } = await loggedIn();
      expect((await t.request('/api/staff', { headers: { Cookie } })).status).toBe(200);
    });
  });

  describe('password change', () => {
    it('needs the current password and at least 12 characters, then ends other sessions', async () => {
      const admin = await t.loginAs(['admin']);
      const email = 'wechsel@musterstadt.example';
      await t.request('/api/staff', {
        headers: admin.headers,
        json: { email, name: 'W', roles: ['editor'], password: 'erstes-passwort-1' },
      });
      const res1 = await login({ email, password: 'erstes-passwort-1' }, freshIp());
      const { csrfToken } = await res1.json();
      const cookie = /city_app_session=[^;]+/.exec(
        cookiesOf(res1).city_app_session ?? '',
      )?.[0] as string;
      const headers = { Cookie: cookie, 'X-CSRF-Token': csrfToken };
      const res2 = await login({ email, password: 'erstes-passwort-1' }, freshIp());
      const otherCookie = /city_app_session=[^;]+/.exec(
        cookiesOf(res2).city_app_session ?? '',
      )?.[0] as string;

      const short = await t.request('/api/auth/password', {
        headers,
        json: { currentPassword: 'erstes-passwort-1', newPassword: 'kurz' },
      });
      expect(short.status).toBe(400);
      expect((await short.json()).field).toBe('newPassword');
      const wrong = await t.request('/api/auth/password', {
        headers,
        json: { currentPassword: 'falsch', newPassword: 'zweites-passwort-2' },
      });
      expect(wrong.status).toBe(400);
      expect(await wrong.json()).toMatchObject({
        code: 'invalid_credentials',
        field: 'currentPassword',
      });
      expect((await login({ email, password: 'zweites-passwort-2' }, freshIp())).status).toBe(401);

      const ok = await t.request('/api/auth/password', {
        headers,
        json: { currentPassword: 'erstes-passwort-1', newPassword: 'zweites-passwort-2' },
      });
      expect(ok.status).toBe(204);
      expect((await t.request('/api/auth/me', { headers })).status).toBe(200);
      expect((await t.request('/api/auth/me', { headers: { Cookie: otherCookie } })).status).toBe(
        401,
      );
      expect((await login({ email, password: 'zweites-passwort-2' }, freshIp())).status).toBe(200);
    });
  });

  describe('first administrator', () => {
    it('prints a one-time password once, demands a change, and never prints it again', async () => {
      const first = await createTestServer({ database });
      try {
        const warnings = first.log.lines.filter((l) => l.message.includes('one-time password'));
        expect(warnings).toHaveLength(1);
        const password = /one-time password (\S+)/.exec(warnings[0]?.message ?? '')?.[1] as string;
        expect(warnings[0]?.message).toContain('admin@musterstadt.invalid');

        const res = await first.request('/api/auth/login', {
          json: { email: 'admin@musterstadt.invalid', password },
        });
        expect(res.status).toBe(200);
        const { user, csrfToken } = await res.json();
        expect(user.mustChangePassword).toBe(true);
        const cookie = /city_app_session=[^;]+/.exec(
          res.headers.getSetCookie().join(';'),
        )?.[0] as string;
        const headers = { Cookie: cookie, 'X-CSRF-Token': csrfToken };
        const refused = await first.request('/api/staff', { headers });
        expect(refused.status).toBe(403);
        expect((await refused.json()).code).toBe('password_change_required');
        expect(
          (
            await first.request('/api/auth/password', {
              headers,
              json: { currentPassword: password, newPassword: 'mein-eigenes-passwort' },
            })
          ).status,
        ).toBe(204);
        expect((await first.request('/api/staff', { headers })).status).toBe(200);

        // A second start on the same database prints nothing.
        const log = memoryLogger();
        const again = await createCityServer(TEST_CITY, {
          database: first.db,
          log,
          env: {},
          webRoot: false,
        });
        expect(log.lines.filter((l) => l.message.includes('password'))).toEqual([]);
        await again.close();
      } finally {
        await first.close();
      }
    });

    it('refuses a too short CITY_APP_ADMIN_PASSWORD', async () => {
      await expect(
        createTestServer({
          database,
          env: { CITY_APP_ADMIN_EMAIL: 'a@example.de', CITY_APP_ADMIN_PASSWORD: 'kurz' },
        }),
      ).rejects.toMatchObject({ code: 'invalid_admin_env', field: 'CITY_APP_ADMIN_PASSWORD' });
    });
  });
});
