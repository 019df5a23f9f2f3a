import type { Database, Queryable } from '../module.js';

/**
 * Login limits. Failures are counted per account *and* address, so a stranger who types five
 * wrong passwords locks out only themselves; per address, so one client cannot spray many
 * accounts; and per account from everywhere, which does not lock but slows the account down
 * (a growing pause between attempts) and tells its holder by e-mail.
 */
export const LOGIN_LIMITS = {
  perAccountAndAddress: 5,
  perAddress: 20,
  /** From this many failures on an account (all addresses together) it is slowed down. */
  slowAccountFrom: 5,
  /** The longest pause the slowdown asks for, in seconds. */
  maxSlowdownSeconds: 60,
  windowMinutes: 15,
} as const;

/** Password-reset requests allowed per e-mail and per address in the same window. */
export const RESET_LIMITS = { perEmail: 3, perAddress: 10 } as const;

export type AttemptKind = 'login' | 'reset';

export type Admission =
  | { admitted: true; attemptId: string }
  | { admitted: false; retryAfter: number; reason: 'address' | 'account' };

// Advisory-lock namespaces (the first key of pg_advisory_xact_lock(int, int)); always taken
// address first, then account, so two attempts can never wait for each other in a circle.
const ADDRESS_LOCK = 0x6c6f6731;
const ACCOUNT_LOCK = 0x6c6f6732;

/** Seconds until the limit-th most recent attempt matching `where` ages out; 0 below the limit. */
async function waitSeconds(
  tx: Queryable,
  where: string,
  params: unknown[],
  limit: number,
): Promise<number> {
  const n = params.length;
  const { rows } = await tx.query<{ wait: number | string }>(
    `select extract(epoch from (attempted_at + make_interval(mins => $${n + 1}) - now())) as wait
       from city_app_login_attempts
      where ${where} and attempted_at > now() - make_interval(mins => $${n + 1})
      order by attempted_at desc offset $${n + 2} limit 1`,
    [...params, LOGIN_LIMITS.windowMinutes, limit - 1],
  );
  const row = rows[0];
  return row ? Math.max(1, Math.ceil(Number(row.wait))) : 0;
}

/** The pause an account with `failures` recent failures asks for before its next attempt. */
export function slowdownSeconds(failures: number): number {
  if (failures < LOGIN_LIMITS.slowAccountFrom) return 0;
  return Math.min(LOGIN_LIMITS.maxSlowdownSeconds, 2 ** (failures - LOGIN_LIMITS.slowAccountFrom));
}

async function accountSlowdown(tx: Queryable, email: string): Promise<number> {
  const { rows } = await tx.query<{ failures: number; since_last: number | string | null }>(
    `select count(*)::int as failures,
            extract(epoch from (now() - max(attempted_at))) as since_last
       from city_app_login_attempts
      where email = $1 and kind = 'login' and attempted_at > now() - make_interval(mins => $2)`,
    [email, LOGIN_LIMITS.windowMinutes],
  );
  const row = rows[0];
  if (!row || row.since_last === null) return 0;
  const pause = slowdownSeconds(row.failures);
  const left = pause - Number(row.since_last);
  return left > 0 ? Math.max(1, Math.ceil(left)) : 0;
}

/**
 * Decides whether this login may be tried and, if so, records it as a failure *before* the
 * password is checked (a success deletes it again). Runs under advisory locks on the address
 * and the account, so concurrent attempts, also from other server processes, queue up and
 * each one counts those before it: twelve at once against a limit of five let five through.
 */
export async function admitLoginAttempt(
  db: Database,
  email: string,
  ip: string,
): Promise<Admission> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [ADDRESS_LOCK, ip]);
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [ACCOUNT_LOCK, email]);
    const byAddress = Math.max(
      await waitSeconds(
        tx,
        "kind = 'login' and email = $1 and ip = $2",
        [email, ip],
        LOGIN_LIMITS.perAccountAndAddress,
      ),
      await waitSeconds(tx, "kind = 'login' and ip = $1", [ip], LOGIN_LIMITS.perAddress),
    );
    if (byAddress > 0) return { admitted: false, retryAfter: byAddress, reason: 'address' };
    const slowed = await accountSlowdown(tx, email);
    if (slowed > 0) return { admitted: false, retryAfter: slowed, reason: 'account' };
    const { rows } = await tx.query<{ id: string }>(
      "insert into city_app_login_attempts (email, ip, kind) values ($1, $2, 'login') returning id::text as id",
      [email, ip],
    );
    await tx.query(
      "delete from city_app_login_attempts where attempted_at < now() - interval '1 day'",
    );
    return { admitted: true, attemptId: rows[0]?.id as string };
  });
}

/**
 * The password was right: the attempt was no failure, and this address's earlier failures
 * on the account are forgiven (not other addresses', which keep the account slowed down).
 */
export async function loginSucceeded(
  db: Queryable,
  attemptId: string,
  email: string,
  ip: string,
): Promise<void> {
  await db.query(
    "delete from city_app_login_attempts where id = $1::bigint or (kind = 'login' and email = $2 and ip = $3)",
    [attemptId, email, ip],
  );
}

/**
 * After a failure: true once per window, when the account's failures reach the slowdown, for
 * the one caller that should e-mail the account holder (false for unknown e-mails).
 */
export async function claimLoginAlert(db: Queryable, email: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `update city_app_users set login_alert_sent_at = now()
      where email = $1
        and (login_alert_sent_at is null
             or login_alert_sent_at < now() - make_interval(mins => $3))
        and (select count(*) from city_app_login_attempts
              where email = $1 and kind = 'login'
                and attempted_at > now() - make_interval(mins => $3)) >= $2`,
    [email, LOGIN_LIMITS.slowAccountFrom, LOGIN_LIMITS.windowMinutes],
  );
  return rowCount > 0;
}

/**
 * Counts a password-reset request like a login attempt (its own kind, its own limits);
 * returns false when this e-mail or address has asked too often.
 */
export async function admitResetRequest(db: Database, email: string, ip: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [ADDRESS_LOCK, ip]);
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [ACCOUNT_LOCK, email]);
    const wait = Math.max(
      await waitSeconds(tx, "kind = 'reset' and email = $1", [email], RESET_LIMITS.perEmail),
      await waitSeconds(tx, "kind = 'reset' and ip = $1", [ip], RESET_LIMITS.perAddress),
    );
    if (wait > 0) return false;
    await tx.query(
      "insert into city_app_login_attempts (email, ip, kind) values ($1, $2, 'reset')",
      [email, ip],
    );
    return true;
  });
}
