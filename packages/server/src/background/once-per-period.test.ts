import { afterAll, describe, expect, it } from 'vitest';
import { openKernelDatabase } from '../database/open.js';
import type { Database } from '../module.js';
import { createTestServer, memoryLogger, type TestServer } from '../testing.js';
import { startPeriodicJob } from './once-per-period.js';

const HOUR = 3_600_000;

/** `count` processes' runners of one job over the given databases, on one moving clock. */
function runners(databases: Database[], count: number) {
  let now = new Date('2026-12-01T08:00:00Z');
  const runs: string[] = [];
  const started = Array.from({ length: count }, (_, i) =>
    startPeriodicJob(
      databases[i % databases.length] as Database,
      {
        name: 'test-job',
        periodMs: HOUR,
        run: async (at) => {
          runs.push(`${i}@${at.toISOString()}`);
        },
      },
      { log: memoryLogger(), checkEveryMs: 3_600_000, now: () => now },
    ),
  );
  return {
    runs,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    /** Every process looks at the same moment; resolves to how many ran the job. */
    async tickAll(): Promise<number> {
      return (await Promise.all(started.map((r) => r.tick()))).filter(Boolean).length;
    },
    stop: () => Promise.all(started.map((r) => r.stop())),
  };
}

async function oncePerPeriod(databases: Database[]) {
  const r = runners(databases, 6);
  try {
    // Each runner looks once at start (these are those looks); one of them runs.
    expect(await r.tickAll()).toBe(1);
    expect(await r.tickAll()).toBe(0);
    expect(r.runs).toHaveLength(1);
    r.advance(HOUR / 2);
    expect(await r.tickAll()).toBe(0);
    r.advance(HOUR / 2);
    expect(await r.tickAll()).toBe(1);
    expect(await r.tickAll()).toBe(0);
    r.advance(3 * HOUR);
    expect(await r.tickAll()).toBe(1);
    expect(r.runs).toHaveLength(3);
  } finally {
    await r.stop();
  }
}

describe('a kernel job once per period', () => {
  it('runs once per period however many processes look, on PGlite', async () => {
    const t = await createTestServer();
    try {
      await oncePerPeriod([t.db]);
    } finally {
      await t.close();
    }
  });

  it('logs a failed run and runs again in the next period', async () => {
    const t = await createTestServer();
    const log = memoryLogger();
    let now = new Date('2026-12-01T08:00:00Z');
    let fail = true;
    let ran = 0;
    const job = startPeriodicJob(
      t.db,
      {
        name: 'flaky',
        periodMs: HOUR,
        run: async () => {
          ran += 1;
          if (fail) throw new Error('database gone');
        },
      },
      { log, checkEveryMs: HOUR, now: () => now },
    );
    try {
      expect(await job.tick()).toBe(false);
      expect(ran).toBe(1);
      expect(log.lines.map((l) => l.level)).toContain('error');
      fail = false;
      now = new Date(now.getTime() + HOUR);
      expect(await job.tick()).toBe(true);
      expect(ran).toBe(2);
    } finally {
      await job.stop();
      await t.close();
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL && !process.env.CI)(
  'a kernel job once per period on PostgreSQL',
  () => {
    let t: TestServer;
    let second: Database;
    afterAll(async () => {
      await second?.close();
      await t?.close();
    });
    it('runs once per period across processes with their own connection pools', async () => {
      t = await createTestServer({ database: 'postgres' });
      const { rows } = await t.db.query<{ db: string }>('select current_database() as db');
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.pathname = `/${rows[0]?.db}`;
      second = await openKernelDatabase({ url: url.toString(), dataDir: 'memory://' });
      await oncePerPeriod([t.db, second]);
    });
  },
);
