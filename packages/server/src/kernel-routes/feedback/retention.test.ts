import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kernelMail } from '../../mail/kernel-mail.js';
import { listSources, type Scheduler, startScheduler } from '../../scheduler/index.js';
import { createTestServer, memoryLogger, type TestServer } from '../../testing.js';
import { feedbackRetentionJob } from './retention.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
let t: TestServer;
let mailDir: string;

beforeAll(async () => {
  mailDir = await mkdtemp(join(tmpdir(), 'city-app-retention-'));
  t = await createTestServer({ env: { CITY_APP_MAIL_DIR: mailDir } });
});
afterAll(async () => {
  await t?.close();
  await rm(mailDir, { recursive: true, force: true });
});

async function mailFilesNaming(address: string): Promise<number> {
  let n = 0;
  for (const name of await readdir(mailDir))
    if ((await readFile(join(mailDir, name), 'utf8')).includes(address)) n += 1;
  return n;
}

/** Feedback from `email`, answered by staff, received `daysAgo` days ago. */
async function answeredFeedback(email: string, daysAgo: number): Promise<string> {
  const admin = await t.loginAs(['admin']);
  const { id } = await (
    await t.request('/api/feedback', { json: { message: 'Hallo', email } })
  ).json();
  const answered = await t.request(`/api/feedback/${id}/answers`, {
    headers: admin.headers,
    json: { text: 'Danke für Ihre Nachricht.' },
  });
  expect(answered.status).toBe(201);
  await t.db.query(
    `update feedback set created_at = now() - make_interval(days => $2) where id = $1`,
    [id, daysAgo],
  );
  return id;
}

const JOB = 'kernel.feedback-retention';

/** Another server process's scheduler running the retention job, on its own clock. */
function retentionProcess(now: () => Date): Promise<Scheduler> {
  return startScheduler({
    db: t.db,
    jobs: [
      feedbackRetentionJob(t.db, {
        retentionDays: 30,
        forgetRecipient: kernelMail({ CITY_APP_MAIL_DIR: mailDir }).forgetRecipient,
        log: memoryLogger(),
      }),
    ],
    timeZone: 'Europe/Berlin',
    log: memoryLogger(),
    now,
    checkEveryMs: DAY,
  });
}

async function successes(): Promise<number> {
  return (await listSources(t.db)).find((s) => s.job === JOB)?.successes ?? 0;
}

describe('feedback retention', () => {
  it('is a kernel job that administrators see among the sources', async () => {
    const admin = await t.loginAs(['admin']);
    const res = await t.request('/api/admin/sources', { headers: admin.headers });
    expect((await res.json()).sources).toContainEqual(
      expect.objectContaining({ job: JOB, module: 'kernel', kind: 'job' }),
    );
  });

  it('deletes feedback older than the period with its answers and mail copies, and keeps the rest', async () => {
    const old = await answeredFeedback('alt@example.de', 31);
    const recent = await answeredFeedback('neu@example.de', 29);
    // The same person wrote again lately: the answer to the newer message keeps its copy.
    const oldTwice = await answeredFeedback('zweimal@example.de', 40);
    await answeredFeedback('zweimal@example.de', 1);
    expect(await mailFilesNaming('alt@example.de')).toBe(1);

    // The server's own scheduler ran this hour's purge at start; the one two hours on deletes.
    const later = await retentionProcess(() => new Date(Date.now() + 2 * HOUR));
    try {
      await later.tick();
      const { rows } = await t.db.query<{ id: string }>(
        'select id from feedback where id = any($1) union all select feedback_id from feedback_answers where feedback_id = any($1)',
        [[old, recent, oldTwice]],
      );
      expect(rows.map((r) => r.id).sort()).toEqual([recent, recent].sort());
      expect(await mailFilesNaming('alt@example.de')).toBe(0);
      expect(await mailFilesNaming('neu@example.de')).toBe(1);
      expect(await mailFilesNaming('zweimal@example.de')).toBe(2);
    } finally {
      await later.stop();
    }
  });

  it('runs once an hour however many processes look', async () => {
    let at = Date.now() + 5 * HOUR;
    const processes = await Promise.all(
      Array.from({ length: 4 }, () => retentionProcess(() => new Date(at))),
    );
    const tickAll = () => Promise.all(processes.map((p) => p.tick()));
    try {
      await tickAll();
      const first = await successes();
      await tickAll();
      expect(await successes()).toBe(first);
      at += HOUR;
      await tickAll();
      await tickAll();
      expect(await successes()).toBe(first + 1);
    } finally {
      await Promise.all(processes.map((p) => p.stop()));
    }
  });

  it.each(['0', '2.5', 'ewig', '3651'])(
    'refuses CITY_APP_FEEDBACK_RETENTION_DAYS=%s at start, naming the setting',
    async (value) => {
      await expect(
        createTestServer({ env: { CITY_APP_FEEDBACK_RETENTION_DAYS: value } }),
      ).rejects.toMatchObject({
        code: 'invalid_environment',
        field: 'CITY_APP_FEEDBACK_RETENTION_DAYS',
      });
    },
  );
});
