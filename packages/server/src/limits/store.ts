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
 * database shares the counts. Each check runs under an advisory lock on its key, taken in a
 * fixed order: concurrent requests queue up and each sees those before it, so N at once
 * against a limit of k admit exactly k.
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

/** Seconds until the max-th newest event of this key leaves the window; 0 below the limit. */
async function waitSeconds(tx: Queryable, rule: LimitRule, keyHash: string): Promise<number> {
  const { rows } = await tx.query<{ wait: number | string }>(
    `select extract(epoch from (counted_at + make_interval(secs => $3) - now())) as wait
       from city_app_limit_events
      where kind = $1 and key_hash = $2 and counted_at > now() - make_interval(secs => $3)
      order by counted_at desc offset $4 limit 1`,
    [rule.kind, keyHash, rule.windowSeconds, rule.max - 1],
  );
  const row = rows[0];
  return row ? Math.max(1, Math.ceil(Number(row.wait))) : 0;
}

async function countedBefore(
  tx: Queryable,
  rule: LimitRule,
  keyHash: string,
  tokenHash: string,
): Promise<boolean> {
  const { rows } = await tx.query(
    `select 1 from city_app_limit_events
      where kind = $1 and key_hash = $2 and token_hash = $3
        and counted_at > now() - make_interval(secs => $4) limit 1`,
    [rule.kind, keyHash, tokenHash, rule.windowSeconds],
  );
  return rows.length > 0;
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
      const decision = await db.transaction(async (tx): Promise<LimitDecision> => {
        for (const k of keyed)
          await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [
            LIMIT_LOCK,
            lockName(k),
          ]);
        const toCount: typeof keyed = [];
        let refused: { retryAfter: number; rule: LimitRule } | undefined;
        for (const k of keyed) {
          if (tokenHash && (await countedBefore(tx, k.rule, k.keyHash, tokenHash))) continue;
          const wait = await waitSeconds(tx, k.rule, k.keyHash);
          if (wait > 0 && (!refused || wait > refused.retryAfter))
            refused = { retryAfter: wait, rule: k.rule };
          toCount.push(k);
        }
        if (refused) return { admitted: false, ...refused };
        const receipt: string[] = [];
        for (const k of toCount) {
          const { rows } = await tx.query<{ id: string }>(
            `insert into city_app_limit_events (kind, key_hash, token_hash, expires_at)
             values ($1, $2, $3, now() + make_interval(secs => $4)) returning id::text as id`,
            [k.rule.kind, k.keyHash, tokenHash ?? null, k.rule.windowSeconds],
          );
          receipt.push(rows[0]?.id as string);
        }
        return { admitted: true, receipt };
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
