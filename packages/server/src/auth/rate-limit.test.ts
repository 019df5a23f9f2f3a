import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCityServer } from '../create-city-server/index.js';
import { createTestServer, memoryLogger, TEST_CITY, type TestServer } from '../testing.js';
import { LOGIN_LIMITS, slowdownSeconds } from './rate-limit.js';
import { waitForFolderMail } from './test-mail.js';

const PASSWORD = 'das-richtige-passwort';

describe('slowdownSeconds', () => {
  it('is 0 below the threshold, then grows and never exceeds the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (failures) => {
        const pause = slowdownSeconds(failures);
        if (failures < LOGIN_LIMITS.slowAccountFrom) return pause === 0;
        return (
          pause >= 1 &&
          pause <= LOGIN_LIMITS.maxSlowdownSeconds &&
          slowdownSeconds(failures + 1) >= pause
        );
      }),
    );
  });
});

let ipCounter = 0;
function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

type Send = (body: unknown, ip: string) => Promise<Response>;

function sender(request: (path: string, init: RequestInit) => Promise<Response>): Send {
  return (body, ip) =>
    request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    });
}

async function createStaff(t: TestServer, email: string): Promise<void> {
  const admin = await t.loginAs(['admin']);
  const res = await t.request('/api/staff', {
    headers: admin.headers,
    json: { email, name: 'Konto', roles: ['editor'], password: PASSWORD },
  });
  expect(res.status).toBe(201);
}

/** Runs the login-limit cases with `a` and `b` as two servers sharing one database. */
function loginLimitCases(setup: () => { t: TestServer; a: Send; b: Send; mailDir: string }) {
  it('counts concurrent wrong attempts: of 12 at once, 5 get through', async () => {
    const { t, a, b } = setup();
    const email = 'gleichzeitig@musterstadt.example';
    await createStaff(t, email);
    const ip = freshIp();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b)({ email, password: `falsch-${i}` }, ip)),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMITS.perAccountAndAddress);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12 - LOGIN_LIMITS.perAccountAndAddress);
    const refused = await a({ email, password: PASSWORD }, ip);
    expect(refused.status).toBe(429);
    const body = await refused.json();
    expect(body.code).toBe('too_many_attempts');
    expect(body.message).toMatch(/^Zu viele fehlgeschlagene Anmeldungen/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.windowMinutes * 60);
  });

  it("does not lock the holder out: a stranger's failures slow the account down briefly and the holder gets an e-mail", async () => {
    const { t, a, b, mailDir } = setup();
    const email = 'chefin@musterstadt.example';
    await createStaff(t, email);
    const stranger = freshIp();
    for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++)
      expect((await a({ email, password: `geraten-${i}` }, stranger)).status).toBe(401);
    expect((await b({ email, password: PASSWORD }, stranger)).status).toBe(429);

    // A second stranger, each try after the pause, makes it long enough (8 s) to be seen on a
    // busy machine; time is moved back rather than waited for.
    const earlier = () =>
      t.db.query(
        "update city_app_login_attempts set attempted_at = attempted_at - interval '1 minute' where email = $1",
        [email],
      );
    const another = freshIp();
    for (let i = 0; i < 3; i++) {
      await earlier();
      expect((await b({ email, password: `auch-geraten-${i}` }, another)).status).toBe(401);
    }
    const holder = freshIp();
    const slowed = await b({ email, password: PASSWORD }, holder);
    expect(slowed.status).toBe(429);
    expect((await slowed.json()).code).toBe('account_slowed_down');
    const wait = Number(slowed.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(slowdownSeconds(8));
    // Once the pause has passed (moved back in time rather than waited for), the holder is in.
    await earlier();
    expect((await a({ email, password: PASSWORD }, holder)).status).toBe(200);

    const mails = (await waitForFolderMail(mailDir, 1)).filter((m) => m.to === email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain('fehlgeschlagene Anmeldungen');
    expect(mails[0]?.text).toContain(`${LOGIN_LIMITS.slowAccountFrom} fehlgeschlagene`);
    expect(mails[0]?.text).toContain('failed logins to your account');
    // Only one mail per window, however many failures follow.
    expect((await a({ email, password: 'noch-einmal-falsch' }, freshIp())).status).toBe(401);
    expect((await waitForFolderMail(mailDir, 2)).filter((m) => m.to === email)).toHaveLength(1);
  });

  it('limits one address across many accounts', async () => {
    const { a } = setup();
    const ip = freshIp();
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++)
      expect((await a({ email: `spray-${i}@example.de`, password: 'x' }, ip)).status).toBe(401);
    expect((await a({ email: 'spray-x@example.de', password: 'x' }, ip)).status).toBe(429);
  });

  it('forgets failures once they are older than the window', async () => {
    const { t, a } = setup();
    const email = 'vergessen@musterstadt.example';
    await createStaff(t, email);
    const ip = freshIp();
    for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++)
      await a({ email, password: 'falsch' }, ip);
    expect((await a({ email, password: PASSWORD }, ip)).status).toBe(429);
    await t.db.query(
      "update city_app_login_attempts set attempted_at = now() - interval '16 minutes' where email = $1",
      [email],
    );
    expect((await a({ email, password: PASSWORD }, ip)).status).toBe(200);
  });
}

describe('login limits on PGlite, two servers in one process', () => {
  let t: TestServer;
  let other: Awaited<ReturnType<typeof createCityServer>>;
  let mailDir: string;
  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'city-app-mail-'));
    const env = { CITY_APP_TRUST_PROXY: '1', CITY_APP_MAIL_DIR: mailDir };
    t = await createTestServer({ env });
    other = await createCityServer(TEST_CITY, {
      database: t.db,
      env,
      log: memoryLogger(),
      webRoot: false,
    });
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
    await rm(mailDir, { recursive: true, force: true });
  });
  loginLimitCases(() => ({
    t,
    a: sender((path, init) => Promise.resolve(t.app.request(path, init))),
    b: sender((path, init) => Promise.resolve(other.app.request(path, init))),
    mailDir,
  }));
});

const distIndex = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const distTesting = fileURLToPath(new URL('../../dist/testing.js', import.meta.url));

/** A second server process (from the built package) on the same PostgreSQL database. */
async function startServerProcess(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const script = `
    const { createCityServer } = await import(${JSON.stringify(distIndex)});
    const { TEST_CITY, memoryLogger } = await import(${JSON.stringify(distTesting)});
    const server = await createCityServer(TEST_CITY, { log: memoryLogger(), webRoot: false });
    const { url } = await server.listen({ port: 0, host: '127.0.0.1' });
    console.log('LISTENING ' + url);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /LISTENING (\S+)/.exec(out);
      if (found) resolve(found[1] as string);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server process exited (${code}): ${err}`)));
  });
  return { url, child };
}

describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'login limits on PostgreSQL, two server processes',
  () => {
    let t: TestServer;
    let url: string;
    let child: ChildProcess | undefined;
    let listening: { url: string; close(): Promise<void> };
    let mailDir: string;
    beforeAll(async () => {
      mailDir = await mkdtemp(join(tmpdir(), 'city-app-mail-'));
      const env = { CITY_APP_TRUST_PROXY: '1', CITY_APP_MAIL_DIR: mailDir };
      t = await createTestServer({ database: 'postgres', env });
      listening = await t.server.listen({ port: 0, host: '127.0.0.1' });
      const { rows } = await t.db.query<{ db: string }>('select current_database() as db');
      const base = new URL(process.env.TEST_DATABASE_URL as string);
      base.pathname = `/${rows[0]?.db}`;
      ({ url, child } = await startServerProcess({
        ...env,
        DATABASE_URL: base.toString(),
        CITY_APP_NOTIFY_WORKER: 'off',
      }));
    });
    afterAll(async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child?.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await listening?.close();
      await t?.close();
      await rm(mailDir, { recursive: true, force: true });
    });
    loginLimitCases(() => ({
      t,
      a: sender((path, init) => fetch(`${listening.url}${path}`, init)),
      b: sender((path, init) => fetch(`${url}${path}`, init)),
      mailDir,
    }));
  },
);
