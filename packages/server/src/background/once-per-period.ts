import type { Logger, Queryable, StopBackgroundWork } from '../module.js';

export interface PeriodicJob {
  /** Stable name; the database remembers when it last ran under it. */
  name: string;
  /** At most one run per this many milliseconds, across every server process. */
  periodMs: number;
  run(now: Date): Promise<void>;
}

/**
 * Claims the job's run for this period: one row per job records when it last ran, and the
 * update only succeeds when that is a whole period ago. PostgreSQL re-checks the condition on
 * the row it locked, so of several processes asking at once exactly one wins.
 */
export async function claimRun(db: Queryable, job: PeriodicJob, now: Date): Promise<boolean> {
  const { rows } = await db.query<{ name: string }>(
    `insert into city_app_job_runs (name, last_run_at) values ($1, $2::timestamptz)
     on conflict (name) do update set last_run_at = excluded.last_run_at
       where city_app_job_runs.last_run_at <= $2::timestamptz - make_interval(secs => $3)
     returning name`,
    [job.name, now.toISOString(), job.periodMs / 1000],
  );
  return rows.length === 1;
}

/**
 * Runs `job` once per period on the kernel's background work: each process looks every
 * `checkEveryMs` (and right at start) and runs the job only when it wins the claim. A failed
 * run is logged and tried again in the next period. Returns how to stop, waiting for a run.
 */
export function startPeriodicJob(
  db: Queryable,
  job: PeriodicJob,
  options: { log: Logger; checkEveryMs: number; now?: () => Date },
): { stop: StopBackgroundWork; tick(): Promise<boolean> } {
  const now = options.now ?? (() => new Date());
  let running: Promise<boolean> | undefined;
  let stopped = false;
  const tick = () => {
    running ??= (async () => {
      const at = now();
      if (stopped || !(await claimRun(db, job, at))) return false;
      await job.run(at);
      return true;
    })()
      .catch((error: unknown) => {
        options.log.error(`The background job ${job.name} failed; it runs again next period`, {
          error: String((error as Error)?.message ?? error),
        });
        return false;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), options.checkEveryMs);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
