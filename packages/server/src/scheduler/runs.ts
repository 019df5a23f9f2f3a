/**
 * The database side of scheduled work, the same SQL on PGlite and PostgreSQL. A run is one
 * row per (job, due time): the insert that creates it is the claim, so of several processes
 * exactly one gets it; a run whose lease ran out (its process died) is taken over by the
 * first process that asks, and counts as another attempt.
 */
import type { Queryable } from '../module.js';

/** A run is given up after this many attempts (processes dying while running it). */
export const MAX_ATTEMPTS = 3;

export interface Claim {
  job: string;
  dueAt: Date;
  owner: string;
  attempt: number;
}

/** Claims the run of `job` due at `dueAt` for `owner`; undefined when another process holds it. */
export async function claimRun(
  db: Queryable,
  run: { job: string; dueAt: Date; owner: string; now: Date; leaseMs: number },
): Promise<Claim | undefined> {
  const { rows } = await db.query<{ attempts: number }>(
    `insert into city_app_scheduled_runs
       (job, due_at, status, owner, lease_until, started_at)
     values ($1, $2, 'running', $3, $4::timestamptz + make_interval(secs => $5), $4)
     on conflict (job, due_at) do update
       set owner = excluded.owner, lease_until = excluded.lease_until,
           started_at = excluded.started_at, attempts = city_app_scheduled_runs.attempts + 1
       where city_app_scheduled_runs.status = 'running'
         and city_app_scheduled_runs.lease_until < $4::timestamptz
         and city_app_scheduled_runs.attempts < $6
     returning attempts`,
    [run.job, run.dueAt, run.owner, run.now, run.leaseMs / 1000, MAX_ATTEMPTS],
  );
  const attempt = rows[0]?.attempts;
  return attempt === undefined
    ? undefined
    : { job: run.job, dueAt: run.dueAt, owner: run.owner, attempt };
}

/** Extends the lease of a run this process still owns; false when it was taken over. */
export async function renewLease(
  db: Queryable,
  claim: Claim,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `update city_app_scheduled_runs
        set lease_until = $4::timestamptz + make_interval(secs => $5)
      where job = $1 and due_at = $2 and owner = $3 and status = 'running'`,
    [claim.job, claim.dueAt, claim.owner, now, leaseMs / 1000],
  );
  return rowCount === 1;
}

/** Records how the run ended, unless another process took it over meanwhile. */
export async function finishRun(
  db: Queryable,
  claim: Claim,
  outcome: { now: Date; error?: string },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `update city_app_scheduled_runs
        set status = $4, finished_at = $5, error = $6
      where job = $1 and due_at = $2 and owner = $3 and status = 'running'`,
    [
      claim.job,
      claim.dueAt,
      claim.owner,
      outcome.error === undefined ? 'done' : 'failed',
      outcome.now,
      outcome.error ?? null,
    ],
  );
  return rowCount === 1;
}

/** Forgets finished runs older than `before`; the health table keeps the totals. */
export async function pruneRuns(db: Queryable, before: Date): Promise<void> {
  await db.query('delete from city_app_scheduled_runs where finished_at < $1', [before]);
}
