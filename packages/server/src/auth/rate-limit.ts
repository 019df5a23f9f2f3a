import type { Queryable } from '../module.js';

/** Failed logins allowed per window before further attempts are refused. */
export const LOGIN_LIMITS = { perEmail: 5, perIp: 20, windowMinutes: 15 } as const;

async function waitSeconds(
  db: Queryable,
  column: 'email' | 'ip',
  value: string,
  limit: number,
): Promise<number> {
  // The limit-th most recent failure in the window: once it ages out, one more try is allowed.
  const { rows } = await db.query<{ wait: number | string }>(
    `select extract(epoch from (attempted_at + make_interval(mins => $2) - now())) as wait
       from city_app_login_attempts
      where ${column} = $1 and attempted_at > now() - make_interval(mins => $2)
      order by attempted_at desc offset $3 limit 1`,
    [value, LOGIN_LIMITS.windowMinutes, limit - 1],
  );
  const row = rows[0];
  return row ? Math.max(1, Math.ceil(Number(row.wait))) : 0;
}

/**
 * Seconds until this e-mail and client may try again, or 0 when they may now. Kept in the
 * database so the limit holds across server processes.
 */
export async function loginRetryAfter(db: Queryable, email: string, ip: string): Promise<number> {
  const [byEmail, byIp] = await Promise.all([
    waitSeconds(db, 'email', email, LOGIN_LIMITS.perEmail),
    waitSeconds(db, 'ip', ip, LOGIN_LIMITS.perIp),
  ]);
  return Math.max(byEmail, byIp);
}

export async function recordFailedLogin(db: Queryable, email: string, ip: string): Promise<void> {
  await db.query('insert into city_app_login_attempts (email, ip) values ($1, $2)', [email, ip]);
  await db.query(
    "delete from city_app_login_attempts where attempted_at < now() - interval '1 day'",
  );
}

/** A successful login forgives the e-mail's earlier failures (not the client's). */
export async function clearFailedLogins(db: Queryable, email: string): Promise<void> {
  await db.query('delete from city_app_login_attempts where email = $1', [email]);
}
