import { type CityAppError, cityError } from '@city-app/core';
import type { Database, Logger, Queryable, StaffUser } from '../module.js';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './password.js';
import { townWords, WEAK_PASSWORD_REASONS, weakPasswordReason } from './password-policy.js';

export interface StaffRecord extends StaffUser {
  mustChangePassword: boolean;
  createdAt: Date;
  /** When an administrator deactivated the account; null while it is active. */
  deactivatedAt: Date | null;
  /** The last successful sign-in; null before the first (or before the server recorded it). */
  lastLoginAt: Date | null;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: string[];
  must_change_password: boolean;
  created_at: Date;
  deactivated_at: Date | null;
  last_login_at: Date | null;
}

export const USER_COLUMNS =
  'id, email, name, roles, must_change_password, created_at, deactivated_at, last_login_at';

export function toStaffRecord(row: UserRow): StaffRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    mustChangePassword: row.must_change_password,
    createdAt: row.created_at,
    deactivatedAt: row.deactivated_at,
    lastLoginAt: row.last_login_at,
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailTaken(email: string): CityAppError {
  return cityError('email_taken', { email }, { field: 'email' });
}

export interface NewStaff {
  email: string;
  name: string;
  roles: string[];
  passwordHash: string;
  mustChangePassword?: boolean;
}

/** Inserts a staff account; null when the e-mail is taken. */
export async function insertStaff(db: Queryable, staff: NewStaff): Promise<StaffRecord | null> {
  const { rows } = await db.query<UserRow>(
    `insert into city_app_users (email, name, password_hash, roles, must_change_password)
     values ($1, $2, $3, $4, $5) on conflict (email) do nothing returning ${USER_COLUMNS}`,
    [
      normalizeEmail(staff.email),
      staff.name,
      staff.passwordHash,
      staff.roles,
      staff.mustChangePassword ?? false,
    ],
  );
  return rows[0] ? toStaffRecord(rows[0]) : null;
}

/**
 * The first administrator. With CITY_APP_ADMIN_EMAIL and CITY_APP_ADMIN_PASSWORD set, that
 * account is created if it does not exist yet (also a way back in after a lost password).
 * Otherwise, while there is no staff account at all, `admin@<town slug>.invalid` is created
 * with a random one-time password that is logged this once and must be changed at first login.
 */
export async function ensureFirstAdmin(
  db: Database,
  options: {
    city: { town: { name: string; slug: string }; branding: { appName: string } };
    env: Record<string, string | undefined>;
    log: Logger;
  },
): Promise<void> {
  const { env, log } = options;
  const email = env.CITY_APP_ADMIN_EMAIL?.trim();
  const password = env.CITY_APP_ADMIN_PASSWORD;
  if (email || password) {
    if (!email || !password) {
      throw cityError(
        'admin_env_incomplete',
        {},
        { field: email ? 'CITY_APP_ADMIN_PASSWORD' : 'CITY_APP_ADMIN_EMAIL' },
      );
    }
    const { rows } = await db.query('select 1 from city_app_users where email = $1', [
      normalizeEmail(email),
    ]);
    if (rows.length) return;
    const weak = await weakPasswordReason(password, {
      townWords: townWords(options.city),
      email,
    });
    if (weak) {
      const field = { field: 'CITY_APP_ADMIN_PASSWORD' };
      throw weak === 'short'
        ? cityError('admin_password_too_short', { min: MIN_PASSWORD_LENGTH }, field)
        : cityError('admin_password_too_weak', { reason: WEAK_PASSWORD_REASONS[weak] }, field);
    }
    const created = await insertStaff(db, {
      email,
      name: 'Administrator',
      roles: ['admin'],
      passwordHash: await hashPassword(password),
    });
    if (created)
      log.info('Created the administrator account from CITY_APP_ADMIN_EMAIL', {
        email: created.email,
      });
    return;
  }
  const { rows } = await db.query('select 1 from city_app_users limit 1');
  if (rows.length) return;
  const oneTime = generatePassword();
  const created = await insertStaff(db, {
    email: `admin@${options.city.town.slug}.invalid`,
    name: 'Administrator',
    roles: ['admin'],
    passwordHash: await hashPassword(oneTime),
    mustChangePassword: true,
  });
  // Another process that started at the same moment may have created it: only one prints.
  if (!created) return;
  log.warn(
    `First start: created the administrator ${created.email} with the one-time password ${oneTime} — log in at /admin and choose your own password. This password is shown only now.`,
    { email: created.email },
  );
}

export { generatePassword };
