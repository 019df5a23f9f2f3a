import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T0, TEST_CONFIG } from '../../test/setup.js';
import { createExperimentSpaceServer, type ExperimentSpaceServerModule } from './index.js';

const API = '/api/experiment-space';
let t: TestServer;
let module: ExperimentSpaceServerModule;
/** Without SMTP: the kernel's mail and this module's mail, each written as files in a folder. */
let kernelDir: string;
let moduleDir: string;

beforeAll(async () => {
  kernelDir = await mkdtemp(join(tmpdir(), 'city-app-kernel-mail-'));
  moduleDir = await mkdtemp(join(tmpdir(), 'city-app-space-mail-'));
  module = createExperimentSpaceServer({
    now: () => new Date(T0),
    env: { CITY_APP_MAIL_DIR: moduleDir },
    scheduledJobs: false,
  });
  t = await createTestServer({
    modules: [module],
    city: { ...TEST_CITY, modules: { 'experiment-space': TEST_CONFIG } },
    env: { CITY_APP_MAIL_DIR: kernelDir },
  });
});
afterAll(async () => {
  await t?.close();
  await Promise.all([kernelDir, moduleDir].map((d) => rm(d, { recursive: true, force: true })));
});

/** How many mail files in `dir` name `address`, read as a person would (decoded). */
async function filesNaming(dir: string, address: string): Promise<number> {
  let n = 0;
  for (const name of await readdir(dir)) {
    const raw = await readFile(join(dir, name), 'utf8');
    const base64 = [...raw.matchAll(/(?:^[A-Za-z0-9+/]+={0,2}\r?\n)+/gm)].map((m) =>
      Buffer.from(m[0].replace(/\s+/g, ''), 'base64').toString('utf8'),
    );
    const text = [raw.replace(/=\r?\n/g, ''), ...base64].join('\n').toLowerCase();
    if (text.includes(address)) n += 1;
  }
  return n;
}

async function book(email: string, start: string, server: TestServer = t) {
  const res = await server.request(`${API}/bookings`, {
    json: {
      name: 'Ida Schröder',
      email,
      locale: 'de',
      resourceId: 'kamera',
      start,
      durationMinutes: 60,
    },
  });
  expect(res.status).toBe(201);
}

describe('“Meine Daten” deletion and the mail files', () => {
  it('leaves no mail file naming the address, the kernel’s included; other people’s stay', async () => {
    await book('ida@example.org', '2026-12-15T10:00');
    await book('anna@example.org', '2026-12-15T12:00');
    // Staff answered feedback from the same address: the kernel's copy of that answer.
    const admin = await t.loginAs(['admin']);
    const { id } = await (
      await t.request('/api/feedback', { json: { message: 'Danke!', email: 'ida@example.org' } })
    ).json();
    const answered = await t.request(`/api/feedback/${id}/answers`, {
      headers: admin.headers,
      json: { text: 'Gern geschehen.' },
    });
    expect(answered.status).toBe(201);

    const asked = await t.request(`${API}/my-data/requests`, {
      json: { email: 'ida@example.org' },
    });
    expect(asked.status).toBe(202);
    await module.runJobs();
    expect(await filesNaming(moduleDir, 'ida@example.org')).toBe(2);
    expect(await filesNaming(kernelDir, 'ida@example.org')).toBe(1);

    const { rows } = await t.db.query<{ body: string }>(
      "SELECT body FROM experiment_space_mail WHERE kind = 'data_access' AND recipient = 'ida@example.org'",
    );
    const proof = /meine-daten#([A-Za-z0-9_-]+)/.exec(rows[0]?.body ?? '')?.[1];
    const access = await (await t.request(`${API}/my-data/access`, { json: { proof } })).json();
    const deleted = await t.request(`${API}/my-data`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${access.access}` },
    });
    expect(deleted.status).toBe(200);

    expect(await filesNaming(moduleDir, 'ida@example.org')).toBe(0);
    expect(await filesNaming(kernelDir, 'ida@example.org')).toBe(0);
    expect(await filesNaming(moduleDir, 'anna@example.org')).toBe(1);
  });
});

describe('bookings erased after their time and the mail files', () => {
  it('deletes the files of an address whose last booking is erased, keeps those of an address still booked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'city-app-space-mail-'));
    let now = new Date(T0);
    const space = createExperimentSpaceServer({
      now: () => now,
      env: { CITY_APP_MAIL_DIR: dir },
      scheduledJobs: false,
    });
    const server = await createTestServer({
      modules: [space],
      city: { ...TEST_CITY, modules: { 'experiment-space': TEST_CONFIG } },
      env: { CITY_APP_MAIL_DIR: dir },
    });
    try {
      await book('ida@example.org', '2026-12-15T10:00', server);
      await book('bert@example.org', '2026-12-15T12:00', server);
      await book('bert@example.org', '2027-01-12T10:00', server);
      await space.runJobs();
      expect(await filesNaming(dir, 'ida@example.org')).toBeGreaterThan(0);
      const bertBefore = await filesNaming(dir, 'bert@example.org');
      expect(bertBefore).toBeGreaterThan(0);

      // Past the anonymisation period of the December bookings, long before the January one could be.
      now = new Date(
        Date.parse('2026-12-15T13:00:00Z') +
          (TEST_CONFIG.anonymiseAfterDays ?? 30) * 86_400_000 +
          60_000,
      );
      await space.runJobs();

      expect(await filesNaming(dir, 'ida@example.org')).toBe(0);
      expect(await filesNaming(dir, 'bert@example.org')).toBe(bertBefore);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
