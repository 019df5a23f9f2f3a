import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForFolderMail } from '../auth/test-mail.js';
import { type CityServer, createCityServer } from '../create-city-server/index.js';
import { openKernelDatabase } from '../database/open.js';
import type { OutgoingMail } from '../mail/transport.js';
import type { Database } from '../module.js';
import { createTestServer, memoryLogger, TEST_CITY, type TestServer } from '../testing.js';
import { limitRulesFromEnv } from './rules.js';
import { createAbuseLimits } from './service.js';

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

type Request = (path: string, init: RequestInit) => Response | Promise<Response>;

function postFeedback(request: Request, ip: string, language = 'de', message = 'Danke!') {
  return request('/api/feedback', {
    method: 'POST',
    body: JSON.stringify({ message }),
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': ip,
      'accept-language': language,
    },
  });
}

function putInstallation(request: Request, id: string, ip: string, language = 'de') {
  return request(`/api/notify/installations/${id}`, {
    method: 'PUT',
    body: JSON.stringify({ language: 'de', topics: [] }),
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': ip,
      'accept-language': language,
    },
  });
}

async function expectRefusal(res: Response, code: string, text: RegExp) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  const body = (await res.json()) as { code: string; message: string };
  expect(body.code).toBe(code);
  expect(body.message).toMatch(text);
}

describe('abuse limits on kernel routes', () => {
  let t: TestServer;
  let mailDir: string;
  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'city-app-mail-'));
    t = await createTestServer({
      env: {
        CITY_APP_TRUST_PROXY: '1',
        CITY_APP_MAIL_DIR: mailDir,
        CITY_APP_PUBLIC_URL: 'https://app.musterstadt.example',
        CITY_APP_LIMIT_FEEDBACK_PER_HOUR: '2',
        CITY_APP_LIMIT_INSTALLATIONS_PER_HOUR: '2',
        CITY_APP_LIMIT_MAILS_PER_RECIPIENT_PER_HOUR: '2',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await rm(mailDir, { recursive: true, force: true });
  });
  const request: Request = (path, init) => t.app.request(path, init);

  it('limits feedback per address: 429, Retry-After, and a message in German or English', async () => {
    const ip = freshIp();
    // Invalid feedback is refused before it counts.
    expect((await postFeedback(request, ip, 'de', '')).status).toBe(400);
    expect((await postFeedback(request, ip)).status).toBe(201);
    expect((await postFeedback(request, ip)).status).toBe(201);
    await expectRefusal(
      await postFeedback(request, ip),
      'limit_feedback_per_address',
      /^Von Ihrer IP-Adresse kamen in der letzten Stunde schon 2 Rückmeldungen/,
    );
    await expectRefusal(
      await postFeedback(request, ip, 'en-GB,en;q=0.8'),
      'limit_feedback_per_address',
      /^Your IP address already sent 2 feedback messages in the last hour/,
    );
    // Another address, and the forged left end of X-Forwarded-For changes nothing.
    expect((await postFeedback(request, freshIp())).status).toBe(201);
    expect((await postFeedback(request, `10.0.0.1, ${ip}`)).status).toBe(429);
    const { rows } = await t.db.query<{ n: number }>('select count(*)::int as n from feedback');
    expect(rows[0]?.n).toBe(3);
  });

  it('limits new installations per address, never changes to an existing one', async () => {
    const ip = freshIp();
    const first = randomUUID();
    expect((await putInstallation(request, first, ip)).status).toBe(200);
    expect((await putInstallation(request, randomUUID(), ip)).status).toBe(200);
    await expectRefusal(
      await putInstallation(request, randomUUID(), ip),
      'limit_installations_per_address',
      /^Von Ihrer IP-Adresse wurden in der letzten Stunde schon 2 Geräte/,
    );
    await expectRefusal(
      await putInstallation(request, randomUUID(), ip, 'en'),
      'limit_installations_per_address',
      /^Your IP address already registered 2 devices/,
    );
    // The resident changes the topics of a device already known: not a new installation.
    expect((await putInstallation(request, first, ip)).status).toBe(200);
  });

  it('sends at most the limit of e-mails to one recipient per hour; the request still succeeds', async () => {
    const admin = await t.loginAs(['admin']);
    const email = 'vergesslich@musterstadt.example';
    const created = await t.request('/api/staff', {
      headers: admin.headers,
      json: { email, name: 'Vergesslich', roles: ['editor'], password: 'ein-langes-passwort-hier' },
    });
    expect(created.status).toBe(201);
    for (let i = 0; i < 3; i++) {
      const res = await t.request('/api/auth/password-reset', {
        json: { email },
        headers: { 'x-forwarded-for': freshIp(), origin: 'https://app.musterstadt.example' },
      });
      expect(res.status).toBe(202);
    }
    await t.server.close(); // waits for the staff mail to settle
    const mails = (await waitForFolderMail(mailDir, 2)).filter((m) => m.to === email);
    expect(mails).toHaveLength(2);
    const dropped = t.log.lines.filter((line) => line.message.startsWith('E-mail not sent'));
    expect(dropped).toHaveLength(1);
    expect(JSON.stringify(dropped)).not.toContain(email);
  });
});

describe('the e-mail limit per recipient', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer();
  });
  afterAll(async () => {
    await t?.close();
  });

  function memoryTransport(fail = false) {
    const sent: OutgoingMail[] = [];
    return {
      sent,
      transport: {
        kind: 'folder' as const,
        description: 'memory',
        async send(mail: OutgoingMail) {
          if (fail) throw new Error('mail server down');
          sent.push(mail);
        },
        close() {},
      },
    };
  }

  it('drops and logs what is over the limit, for every feature, and counts unsent mail not', async () => {
    const log = memoryLogger();
    const limits = createAbuseLimits({
      db: t.db,
      rules: limitRulesFromEnv({ CITY_APP_LIMIT_MAILS_PER_RECIPIENT_PER_HOUR: '3' }),
      settings: { proxy: { kind: 'none' } },
      log,
    });
    const down = memoryTransport(true);
    const mail = (to: string) => ({
      from: 'app@example.org',
      to,
      subject: 'Bestätigung',
      text: '…',
    });
    // A failed attempt is taken back: the retry may count instead.
    await expect(limits.limitMail(down.transport).send(mail('flut@example.org'))).rejects.toThrow();
    const bookings = memoryTransport();
    const staff = memoryTransport();
    for (let i = 0; i < 3; i++)
      await limits.limitMail(bookings.transport).send(mail('flut@example.org'));
    await limits.limitMail(staff.transport).send(mail('FLUT@example.org'));
    await limits.limitMail(staff.transport).send(mail('andere@example.org'));
    expect(bookings.sent).toHaveLength(3);
    expect(staff.sent.map((m) => m.to)).toEqual(['andere@example.org']);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatchObject({ level: 'warn', details: { limit: 'mailsPerRecipient' } });
    expect(JSON.stringify(log.lines)).not.toMatch(/flut@/i);
  });
});

/** Twelve feedback posts at once from one address, alternating between two servers. */
async function concurrentFeedback(a: CityServer, b: CityServer): Promise<number[]> {
  const ip = freshIp();
  const answers = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      postFeedback((path, init) => (i % 2 ? a : b).app.request(path, init), ip),
    ),
  );
  return answers.map((res) => res.status);
}

const sharedEnv = { CITY_APP_TRUST_PROXY: '1', CITY_APP_LIMIT_FEEDBACK_PER_HOUR: '5' };

describe('one limit shared by two servers on one PGlite database', () => {
  let t: TestServer;
  let other: CityServer;
  beforeAll(async () => {
    t = await createTestServer({ env: sharedEnv });
    other = await createCityServer(TEST_CITY, {
      database: t.db,
      env: sharedEnv,
      log: memoryLogger(),
      webRoot: false,
    });
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('admits exactly 5 of 12 concurrent requests', async () => {
    const statuses = await concurrentFeedback(t.server, other);
    expect(statuses.filter((s) => s === 201)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'one limit shared by two servers on PostgreSQL, each with its own connections',
  () => {
    let t: TestServer;
    let otherDb: Database;
    let other: CityServer;
    beforeAll(async () => {
      t = await createTestServer({ database: 'postgres', env: sharedEnv });
      const { rows } = await t.db.query<{ db: string }>('select current_database() as db');
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.pathname = `/${rows[0]?.db}`;
      otherDb = await openKernelDatabase({ url: url.toString(), dataDir: 'memory://' });
      other = await createCityServer(TEST_CITY, {
        database: otherDb,
        env: { ...sharedEnv, CITY_APP_NOTIFY_WORKER: 'off' },
        log: memoryLogger(),
        webRoot: false,
      });
    });
    afterAll(async () => {
      await other?.close();
      await otherDb?.close();
      await t?.close();
    });

    it('admits exactly 5 of 12 concurrent requests', async () => {
      const statuses = await concurrentFeedback(t.server, other);
      expect(statuses.filter((s) => s === 201)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    });
  },
);
