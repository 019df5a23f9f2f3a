import { createHmac, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../module.js';
import type { LimitRule } from './rules.js';

/** One event to count: `key` is the raw address or e-mail; only its keyed hash is stored. */
export interface LimitCheck {
  rule: LimitRule;
  key: string;
}

export type LimitDecision =
  | { admitted: true /** The events counted, for `release`. */; receipt: string[] }
  | {
      admitted: false /** Seconds until one more would be admitted. */;
      retryAfter: number;
      rule: LimitRule;
    };

// Advisory-lock namespace of abuse limits (login limits use their own).
const LIMIT_LOCK = 0x6c696d31;
const SWEEP_EVERY_MS = 60_000;

/**
 * Counts events per (kind, subject) in the database, so every server process on one
 * database shares the counts. An admission checks and counts in one statement; on PostgreSQL
 * it runs under an advisory lock on each key, taken in a fixed order: concurrent requests
 * queue up and each sees those before it, so N at once against a limit of k admit exactly k.
 * PGlite runs one statement at a time anyway.
 */
export interface LimitStore {
  /**
   * Counts one event for every check, or none: admitted only when every check is below its
   * limit. With `token` (e.g. an Idempotency-Key), a check that already counted an event with
   * the same token in its window is not counted again: a retry is not a new event.
   */
  admit(checks: LimitCheck[], options?: { token?: string }): Promise<LimitDecision>;
  /** Takes back the events of an admission whose action did not happen after all. */
  release(receipt: string[]): Promise<void>;
  /** The stored form of a key: an HMAC with this town's own secret (no addresses at rest). */
  hash(rule: LimitRule, key: string): Promise<string>;
}

async function townSecret(db: Database): Promise<Buffer> {
  await db.query(
    'insert into city_app_limit_secret (id, secret) values (1, $1) on conflict (id) do nothing',
    [randomBytes(32).toString('hex')],
  );
  const { rows } = await db.query<{ secret: string }>(
    'select secret from city_app_limit_secret where id = 1',
  );
  return Buffer.from(rows[0]?.secret ?? '', 'hex');
}

interface KeyedCheck {
  rule: LimitRule;
  keyHash: string;
}

/**
 * Admits or refuses `keyed` (in lock order) in one statement on `q`: the stored function of
 * kernel migration `012_limit_admission` checks every key and counts them when none is full.
 */
async function admitOn(
  q: Queryable,
  keyed: KeyedCheck[],
  tokenHash: string | undefined,
): Promise<LimitDecision> {
  const { rows } = await q.query<{
    refused: number | null;
    wait: number | null;
    receipt: string[];
  }>('select refused, wait, receipt from city_app_limit_admit($1, $2, $3, $4, $5)', [
    keyed.map((k) => k.rule.kind),
    keyed.map((k) => k.keyHash),
    keyed.map((k) => k.rule.windowSeconds),
    keyed.map((k) => k.rule.max),
    tokenHash ?? null,
  ]);
  const row = rows[0];
  if (row?.refused) {
    const refused = keyed[row.refused - 1] as KeyedCheck;
    return {
      admitted: false,
      retryAfter: Math.max(1, Math.ceil(Number(row.wait))),
      rule: refused.rule,
    };
  }
  return { admitted: true, receipt: row?.receipt ?? [] };
}

export function createLimitStore(db: Database): LimitStore {
  let secret: Promise<Buffer> | undefined;
  let lastSweep = 0;
  const hmac = async (text: string) => {
    secret ??= townSecret(db);
    return createHmac('sha256', await secret)
      .update(text)
      .digest('base64url');
  };
  const hash = (rule: LimitRule, key: string) =>
    hmac(`${rule.per}:${rule.per === 'address' ? key : key.trim().toLowerCase()}`);

  // Old events go at most once a minute per process; the windows ignore them meanwhile.
  const sweep = async () => {
    if (Date.now() - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = Date.now();
    await db.query('delete from city_app_limit_events where expires_at < now()');
  };

  return {
    hash,
    async admit(checks, options = {}) {
      const active = checks.filter((check) => check.rule.max > 0);
      if (active.length === 0) return { admitted: true, receipt: [] };
      const keyed = await Promise.all(
        active.map(async (check) => ({
          rule: check.rule,
          keyHash: await hash(check.rule, check.key),
        })),
      );
      const lockName = (k: (typeof keyed)[number]) => `${k.rule.kind}:${k.keyHash}`;
      // A fixed order, so two admissions never wait for each other in a circle.
      keyed.sort((a, b) => (lockName(a) < lockName(b) ? -1 : 1));
      const tokenHash =
        options.token === undefined ? undefined : await hmac(`token:${options.token}`);
      // PGlite runs one statement at a time: the statement alone is the turn. On PostgreSQL,
      // concurrent admissions of one key take turns under an advisory lock, taken before the
      // statement so that its snapshot sees the events of those before it.
      const decision =
        db.kind === 'pglite'
          ? await admitOn(db, keyed, tokenHash)
          : await db.transaction(async (tx) => {
              for (const k of keyed)
                await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [
                  LIMIT_LOCK,
                  lockName(k),
                ]);
              return admitOn(tx, keyed, tokenHash);
            });
      await sweep();
      return decision;
    },
    async release(receipt) {
      if (receipt.length === 0) return;
      await db.query('delete from city_app_limit_events where id = any($1::bigint[])', [receipt]);
    },
  };
}
