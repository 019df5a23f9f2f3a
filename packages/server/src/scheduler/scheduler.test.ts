import { CityAppError } from '@city-app/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { KernelDatabase } from '../database/engine.js';
import { kernelMigrations } from '../database/kernel-migrations.js';
import { runMigrations } from '../database/migrate.js';
import { openPglite } from '../database/pglite.js';
import { openPostgres } from '../database/postgres.js';
import { createTestPostgresDatabase, memoryLogger } from '../testing.js';
import { listSources } from './health.js';
import { type Scheduler, type SchedulerJob, startScheduler } from './scheduler.js';

const BERLIN = 'Europe/Berlin';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A clock the test moves by hand. */
function clock(start: string) {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    set(iso: string) {
      at = Date.parse(iso);
    },
    add(ms: number) {
      at += ms;
    },
  };
}

/** A job that remembers each due time it ran, and can be held open to play a dying process. */
function recordingJob(partial: Partial<SchedulerJob> & Pick<SchedulerJob, 'id'>) {
  const runs: string[] = [];
  const job: SchedulerJob = {
    module: 'waste',
    kind: 'job',
    async run({ dueAt }) {
      runs.push(dueAt.toISOString());
      return { sent: 3 };
    },
    ...partial,
  };
  return { job, runs };
}

interface Databases {
  /** What each "process" uses: on PGlite one handle, as the embedded database allows one process. */
  first: KernelDatabase;
  second: KernelDatabase;
  close(): Promise<void>;
}

async function openPglitePair(): Promise<Databases> {
  const db = await openPglite('memory://');
  await runMigrations(db, [{ module: 'kernel', migrations: kernelMigrations }], memoryLogger());
  return { first: db, second: db, close: () => db.close() };
}

async function openPostgresPair(): Promise<Databases> {
  const database = await createTestPostgresDatabase();
  const first = await openPostgres(database.url, 3);
  const second = await openPostgres(database.url, 3);
  await runMigrations(first, [{ module: 'kernel', migrations: kernelMigrations }], memoryLogger());
  return {
    first,
    second,
    async close() {
      await first.close();
      await second.close();
      await database.drop();
    },
  };
}

const engines: [string, () => Promise<Databases>][] = [['pglite', openPglitePair]];
if (process.env.TEST_DATABASE_URL || process.env.CI) engines.push(['postgres', openPostgresPair]);

describe.each(engines)('scheduled work on %s', (_engine, open) => {
  let dbs: Databases;
  const schedulers: Scheduler[] = [];
  const start = async (db: KernelDatabase, jobs: SchedulerJob[], now: () => Date) => {
    // A long check interval: the test ticks by hand.
    const s = await startScheduler({
      db,
      jobs,
      timeZone: BERLIN,
      log: memoryLogger(),
      now,
      checkEveryMs: HOUR,
    });
    schedulers.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(schedulers.splice(0).map((s) => s.stop()));
    await dbs?.close();
  });

  it('runs an interval job once per due time across two processes', async () => {
    dbs = await open();
    const c = clock('2026-06-01T10:00:30Z');
    const { job, runs } = recordingJob({ id: 'waste.sync', every: '5 minutes' });
    const a = await start(dbs.first, [job], c.now);
    const b = await start(dbs.second, [job], c.now);
    for (let i = 0; i < 4; i++) {
      // Both processes look at once, several times within each five minutes.
      await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      c.add(2 * MINUTE);
      await Promise.all([a.tick(), b.tick()]);
      c.add(3 * MINUTE);
    }
    expect(runs).toEqual([
      '2026-06-01T10:00:00.000Z',
      '2026-06-01T10:05:00.000Z',
      '2026-06-01T10:10:00.000Z',
      '2026-06-01T10:15:00.000Z',
    ]);
    const [health] = await listSources(dbs.first);
    expect(health).toMatchObject({
      job: 'waste.sync',
      successes: 4,
      failures: 0,
      lastCounts: { sent: 3 },
    });
  });

  it('runs 18:00 in Berlin at 18:00 local time on the evenings around both 2026 clock changes', async () => {
    dbs = await open();
    const c = clock('2026-03-27T12:00:00Z');
    const { job, runs } = recordingJob({ id: 'waste.remind', at: '18:00' });
    const a = await start(dbs.first, [job], c.now);
    const b = await start(dbs.second, [job], c.now);
    // Every ten minutes over three days around each change, both processes looking.
    for (const from of ['2026-03-27T12:00:00Z', '2026-10-23T12:00:00Z']) {
      c.set(from);
      for (let i = 0; i < 3 * 24 * 6; i++) {
        await Promise.all([a.tick(), b.tick()]);
        c.add(10 * MINUTE);
      }
    }
    expect(runs).toEqual([
      '2026-03-27T17:00:00.000Z', // CET, UTC+1
      '2026-03-28T17:00:00.000Z',
      '2026-03-29T16:00:00.000Z', // CEST from 29 March, UTC+2
      '2026-10-23T16:00:00.000Z',
      '2026-10-24T16:00:00.000Z',
      '2026-10-25T17:00:00.000Z', // CET again from 25 October
    ]);
  });

  it('skips a wall-clock run missed by more than an hour instead of running it late', async () => {
    dbs = await open();
    const c = clock('2026-06-01T18:30:00Z'); // 20:30 in Berlin: the 18:00 run is past
    const { job, runs } = recordingJob({ id: 'waste.remind', at: '18:00' });
    const a = await start(dbs.first, [job], c.now);
    await a.tick();
    expect(runs).toEqual([]);
    c.set('2026-06-02T16:10:00Z');
    await a.tick();
    expect(runs).toEqual(['2026-06-02T16:00:00.000Z']);
  });

  it('lets another process take over a run whose process died, once its lease ran out', async () => {
    dbs = await open();
    const c = clock('2026-06-01T10:00:10Z');
    const attempts: number[] = [];
    let release!: () => void;
    const hung = new Promise<void>((r) => {
      release = r;
    });
    const dying: SchedulerJob = {
      id: 'waste.import',
      module: 'waste',
      kind: 'import',
      every: '1 hour',
      leaseMs: MINUTE,
      async run({ attempt }) {
        attempts.push(attempt);
        await hung; // this process "dies": it neither finishes nor renews its lease
        return { created: 1 };
      },
    };
    const taker: SchedulerJob = {
      ...dying,
      async run({ attempt }) {
        attempts.push(attempt);
        return { created: 7, changed: 0 };
      },
    };
    const a = await start(dbs.first, [dying], c.now);
    void a.tick();
    await new Promise((r) => setTimeout(r, 100));
    const b = await start(dbs.second, [taker], c.now);
    c.add(30_000);
    await b.tick(); // lease still held
    expect(attempts).toEqual([1]);
    c.add(31_000);
    await b.tick(); // lease ran out: taken over
    expect(attempts).toEqual([1, 2]);
    // The first process wakes up late: its outcome is not recorded over the taker's.
    release();
    await a.stop();
    const [health] = await listSources(dbs.first);
    expect(health).toMatchObject({
      kind: 'import',
      successes: 1,
      lastCounts: { created: 7, changed: 0 },
    });
  });

  it('records a failure with its message, and runs again at the next due time', async () => {
    dbs = await open();
    const c = clock('2026-06-01T10:00:10Z');
    let fail = true;
    const job: SchedulerJob = {
      id: 'waste.feed',
      module: 'waste',
      kind: 'import',
      every: '10 minutes',
      async run() {
        if (fail) throw new Error('The feed answered 503');
        return { created: 2, changed: 1, unchanged: 0, skipped: [{ item: 'x', reason: 'y' }] };
      },
    };
    const a = await start(dbs.first, [job], c.now);
    await a.tick();
    let [health] = await listSources(dbs.first);
    expect(health).toMatchObject({
      failures: 1,
      successes: 0,
      lastError: 'The feed answered 503',
      // Not a catalogued error: no sentence for staff, who are told it failed.
      lastErrorWords: null,
      lastSuccessAt: null,
    });
    fail = false;
    await a.tick(); // same due time: not again
    c.add(10 * MINUTE);
    await a.tick();
    [health] = await listSources(dbs.first);
    expect(health).toMatchObject({
      failures: 1,
      successes: 1,
      lastError: 'The feed answered 503',
      lastCounts: { created: 2, changed: 1, unchanged: 0, skipped: 1 },
      lastSuccessAt: '2026-06-01T10:10:10.000Z',
    });
  });

  it('keeps a catalogued error in both languages, and the title staff read', async () => {
    dbs = await open();
    const c = clock('2026-06-01T10:00:10Z');
    const job: SchedulerJob = {
      id: 'council.sync',
      module: 'council',
      kind: 'import',
      title: { de: 'Sitzungen abrufen', en: 'Fetch the meetings' },
      every: '1 hour',
      async run() {
        throw new CityAppError({
          code: 'source_unreachable',
          title: { de: 'Nicht erreichbar', en: 'Unreachable' },
          message: {
            de: 'Der Server antwortete mit 503.',
            en: 'The server answered 503.',
          },
        });
      },
    };
    const a = await start(dbs.first, [job], c.now);
    await a.tick();
    const [health] = await listSources(dbs.first);
    expect(health).toMatchObject({
      title: { de: 'Sitzungen abrufen', en: 'Fetch the meetings' },
      failures: 1,
      lastError: 'The server answered 503.',
      lastErrorWords: { de: 'Der Server antwortete mit 503.', en: 'The server answered 503.' },
    });
  });

  it('stops with the server: asks the running job to stop and waits for it', async () => {
    dbs = await open();
    const c = clock('2026-06-01T10:00:10Z');
    const events: string[] = [];
    const job: SchedulerJob = {
      id: 'waste.slow',
      module: 'waste',
      kind: 'job',
      every: '1 minute',
      run: ({ signal }) =>
        new Promise((resolve) => {
          events.push('started');
          signal.addEventListener('abort', () => {
            setTimeout(() => {
              events.push('finished after abort');
              resolve(undefined);
            }, 50);
          });
        }),
    };
    const a = await start(dbs.first, [job], c.now);
    void a.tick();
    await new Promise((r) => setTimeout(r, 100));
    await a.stop();
    expect(events).toEqual(['started', 'finished after abort']);
    c.add(MINUTE);
    await a.tick();
    expect(events).toHaveLength(2);
  });

  it('refuses a schedule it cannot run, naming the job', async () => {
    dbs = await open();
    const c = clock('2026-06-01T10:00:00Z');
    for (const wrong of [{ every: '5 fortnights' }, { every: '1 second' }, { at: '25:00' }, {}]) {
      await expect(
        start(dbs.first, [recordingJob({ id: 'waste.bad', ...wrong }).job], c.now),
      ).rejects.toThrow(/waste\.bad|interval/);
    }
  });
});
