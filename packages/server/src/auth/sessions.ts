import { createHash, randomBytes } from 'node:crypto';
import type { Queryable, StaffUser } from '../module.js';

export const SESSION_COOKIE = 'city_app_session';
export const CSRF_COOKIE = 'city_app_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
/** A staff session lasts a working day. */
export const SESSION_HOURS = 12;

export interface StaffSession {
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
  user: StaffUser & { mustChangePassword: boolean };
}

/** Only this hash of a session token is stored, so a leaked table opens no session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Queryable,
  userId: string,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.query(
    'insert into city_app_sessions (token_hash, user_id, csrf_token, expires_at) values ($1, $2, $3, $4)',
    [hashToken(token), userId, csrfToken, expiresAt.toISOString()],
  );
  return { token, csrfToken, expiresAt };
}

interface SessionRow {
  token_hash: string;
  csrf_token: string;
  expires_at: Date;
  id: string;
  email: string;
  name: string;
  roles: string[];
  must_change_password: boolean;
}

/** The live session for a token, with its user as of now (role changes apply at once). */
export async function findSession(db: Queryable, token: string): Promise<StaffSession | null> {
  const { rows } = await db.query<SessionRow>(
    `select s.token_hash, s.csrf_token, s.expires_at, u.id, u.email, u.name, u.roles, u.must_change_password
       from city_app_sessions s join city_app_users u on u.id = s.user_id
      where s.token_hash = $1 and s.expires_at > now() and u.deactivated_at is null`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      roles: row.roles,
      mustChangePassword: row.must_change_password,
    },
  };
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('delete from city_app_sessions where token_hash = $1', [tokenHash]);
}

/** Ends every session of a user but one (after a password change). */
export async function deleteOtherSessions(
  db: Queryable,
  userId: string,
  keepTokenHash: string,
): Promise<void> {
  await db.query('delete from city_app_sessions where user_id = $1 and token_hash <> $2', [
    userId,
    keepTokenHash,
  ]);
}

/** Ends every session of a user at once (the account was deactivated). */
export async function deleteAllSessions(db: Queryable, userId: string): Promise<void> {
  await db.query('delete from city_app_sessions where user_id = $1', [userId]);
}

export async function deleteExpiredSessions(db: Queryable): Promise<void> {
  await db.query('delete from city_app_sessions where expires_at <= now()');
}
