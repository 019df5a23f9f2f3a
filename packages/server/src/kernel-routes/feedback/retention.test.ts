import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kernelMail } from '../../mail/kernel-mail.js';
import { createTestServer, memoryLogger, type TestServer } from '../../testing.js';
import { startFeedbackRetention } from './retention.js';

const DAY = 86_400_000;
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

describe('feedback retention', () => {
  it('deletes feedback older than the period with its answers and mail copies, and keeps the rest', async () => {
    const old = await answeredFeedback('alt@example.de', 31);
    const recent = await answeredFeedback('neu@example.de', 29);
    // The same person wrote again lately: the answer to the newer message keeps its copy.
    const oldTwice = await answeredFeedback('zweimal@example.de', 40);
    await answeredFeedback('zweimal@example.de', 1);
    expect(await mailFilesNaming('alt@example.de')).toBe(1);

    // The server's own run at start claimed this hour; the next hour's run deletes.
    const retention = startFeedbackRetention(t.db, {
      retentionDays: 30,
      forgetRecipient: kernelMail({ CITY_APP_MAIL_DIR: mailDir }).forgetRecipient,
      log: memoryLogger(),
      now: () => new Date(Date.now() + 2 * 3_600_000),
      checkEveryMs: DAY,
    });
    try {
      await retention.tick();
      const { rows } = await t.db.query<{ id: string }>(
        'select id from feedback where id = any($1) union all select feedback_id from feedback_answers where feedback_id = any($1)',
        [[old, recent, oldTwice]],
      );
      expect(rows.map((r) => r.id).sort()).toEqual([recent, recent].sort());
      expect(await mailFilesNaming('alt@example.de')).toBe(0);
      expect(await mailFilesNaming('neu@example.de')).toBe(1);
      expect(await mailFilesNaming('zweimal@example.de')).toBe(2);
    } finally {
      await retention.stop();
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
