/**
 * Runs the modules' scheduled jobs in this process: every few seconds each job's latest due
 * time is claimed in the database; the process that wins runs it while renewing its lease,
 * then records the outcome and the job's health. Several processes on one PostgreSQL run each
 * due time once; a process that dies mid-run leaves a lease that runs out, and another process
 * runs that due time again (so a job must be idempotent per due time — `dueAt` is its key).
 */
import { randomUUID } from 'node:crypto';
import { type Bilingual, isCityAppError, type Localized } from '@city-app/core';
import type { Logger, Queryable } from '../module.js';
import { recordOutcome, registerSource } from './health.js';
import { claimRun, finishRun, pruneRuns, renewLease } from './runs.js';
import { latestDue, parseSchedule, type Schedule } from './schedule.js';

export interface SchedulerJob {
  /** Unique across the server: `<module>.<name>`. */
  id: string;
  module: string;
  kind: 'import' | 'job';
  /** What staff read for it on the data sources screen. */
  title?: Localized;
  every?: string;
  at?: string;
  /** A due time later than this is skipped, not run late (default: the interval; 1 h for `at`). */
  lateByMs?: number;
  /** How long a run may go without renewing its lease before another process takes over. */
  leaseMs?: number;
  run(due: { dueAt: Date; attempt: number; signal: AbortSignal }): Promise<unknown>;
}

export interface SchedulerOptions {
  db: Queryable;
  jobs: SchedulerJob[];
  timeZone: string;
  log: Logger;
  /** How often this process looks for due runs (default 15 s). */
  checkEveryMs?: number;
  now?: () => Date;
}

export interface Scheduler {
  /** Looks once for due runs and runs them; resolves when they have finished. */
  tick(): Promise<void>;
  /** Stops looking, asks running jobs to stop and waits for them. */
  stop(): Promise<void>;
}

const DEFAULT_LEASE_MS = 60_000;
const HOUR_MS = 3_600_000;
const KEEP_RUNS_MS = 30 * 24 * HOUR_MS;

interface Planned {
  job: SchedulerJob;
  schedule: Schedule;
  lateByMs: number;
  leaseMs: number;
}

/** Counts a job reported, if its result looks like an import summary or a table of numbers. */
function countsOf(result: unknown): Record<string, number> | undefined {
  if (!result || typeof result !== 'object') return undefined;
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === 'number' && Number.isFinite(value)) counts[key] = value;
    else if (Array.isArray(value)) counts[key] = value.length;
  }
  return counts;
}

export async function startScheduler(options: SchedulerOptions): Promise<Scheduler> {
  const { db, log } = options;
  const now = options.now ?? (() => new Date());
  const owner = randomUUID();
  const planned: Planned[] = options.jobs.map((job) => {
    const schedule = parseSchedule(
      { name: job.id, every: job.every, at: job.at },
      options.timeZone,
    );
    return {
      job,
      schedule,
      lateByMs: job.lateByMs ?? (schedule.kind === 'every' ? schedule.ms : HOUR_MS),
      leaseMs: job.leaseMs ?? DEFAULT_LEASE_MS,
    };
  });
  for (const { job } of planned) {
    await registerSource(db, {
      job: job.id,
      module: job.module,
      kind: job.kind,
      ...(job.title ? { title: job.title } : {}),
    });
  }
  const abort = new AbortController();
  const running = new Map<string, Promise<void>>();
  let stopped = false;

  async function runOnce(p: Planned, at: Date): Promise<void> {
    const dueAt = new Date(latestDue(p.schedule, at.getTime()));
    if (at.getTime() - dueAt.getTime() > p.lateByMs) return;
    const claim = await claimRun(db, { job: p.job.id, dueAt, owner, now: at, leaseMs: p.leaseMs });
    if (!claim) return;
    // Renew well before the lease ends, so a slow run is never taken over while alive.
    const heartbeat = setInterval(() => {
      void renewLease(db, claim, now(), p.leaseMs).catch(() => undefined);
    }, p.leaseMs / 3);
    heartbeat.unref();
    let error: string | undefined;
    let errorWords: Bilingual | undefined;
    let result: unknown;
    try {
      result = await p.job.run({ dueAt, attempt: claim.attempt, signal: abort.signal });
    } catch (e) {
      error = String((e as Error)?.message ?? e);
      // A catalogued error is kept in both languages, so staff read it in theirs.
      if (isCityAppError(e))
        errorWords = { de: e.render('de').message, en: e.render('en').message };
      log.error(`The scheduled job ${p.job.id} failed; it runs again at its next due time`, {
        dueAt: dueAt.toISOString(),
        error,
      });
    } finally {
      clearInterval(heartbeat);
    }
    const ended = now();
    if (await finishRun(db, claim, { now: ended, error })) {
      await recordOutcome(db, p.job.id, {
        at: ended,
        error,
        errorWords,
        counts: countsOf(result),
      });
    }
  }

  function tick(): Promise<void> {
    const at = now();
    const started = planned.map((p) => {
      // One run of a job at a time in this process; the next tick looks again.
      const busy = running.get(p.job.id);
      if (busy || stopped) return busy ?? Promise.resolve();
      const work = runOnce(p, at)
        .catch((e: unknown) => {
          log.error(`Could not claim the scheduled job ${p.job.id}`, {
            error: String((e as Error)?.message ?? e),
          });
        })
        .finally(() => running.delete(p.job.id));
      running.set(p.job.id, work);
      return work;
    });
    return Promise.all(started).then(() => undefined);
  }

  const timer = setInterval(() => void tick(), options.checkEveryMs ?? 15_000);
  timer.unref();
  const prune = setInterval(
    () => void pruneRuns(db, new Date(now().getTime() - KEEP_RUNS_MS)).catch(() => undefined),
    HOUR_MS,
  );
  prune.unref();
  void tick();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearInterval(prune);
      abort.abort();
      await Promise.all(running.values());
    },
  };
}
