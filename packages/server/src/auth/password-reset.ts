import { randomBytes } from 'node:crypto';
import type { Queryable } from '../module.js';
import { hashToken } from './sessions.js';

/** A reset link works this long, and once. */
export const RESET_LINK_MINUTES = 30;

/** Where the link leads: the staff login screen, which reads the token from the fragment. */
export const RESET_PATH = '/admin';
/** In the fragment, so it reaches neither server logs nor a Referer header. */
export const RESET_FRAGMENT = 'passwort-zuruecksetzen';

export function resetLink(origin: string, token: string): string {
  return `${origin}${RESET_PATH}#${RESET_FRAGMENT}=${token}`;
}

/**
 * A new single-use token for the user; only its hash is stored. Earlier unused tokens of the
 * user stop working, so only the newest mail's link does. An invitation's link is the same
 * kind of token, valid for longer (`minutes`).
 */
export async function createResetToken(
  db: Queryable,
  userId: string,
  minutes = RESET_LINK_MINUTES,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + minutes * 60_000);
  await db.query(
    'update city_app_password_resets set used_at = now() where user_id = $1 and used_at is null',
    [userId],
  );
  await db.query(
    'insert into city_app_password_resets (token_hash, user_id, expires_at) values ($1, $2, $3)',
    [hashToken(token), userId, expiresAt.toISOString()],
  );
  await db.query(
    "delete from city_app_password_resets where expires_at < now() - interval '1 day'",
  );
  return { token, expiresAt };
}

/**
 * Uses up the token in one statement, so of two requests with the same link only one
 * succeeds. Returns the user's id and e-mail, or null for an unknown, used or expired token.
 */
export async function consumeResetToken(
  db: Queryable,
  token: string,
): Promise<{ userId: string; email: string } | null> {
  const { rows } = await db.query<{ user_id: string; email: string }>(
    `update city_app_password_resets r set used_at = now()
       from city_app_users u
      where r.token_hash = $1 and r.used_at is null and r.expires_at > now() and u.id = r.user_id
        and u.deactivated_at is null
      returning r.user_id, u.email`,
    [hashToken(token)],
  );
  const row = rows[0];
  return row ? { userId: row.user_id, email: row.email } : null;
}
