import { cityError } from '@city-app/core';
import { deleteAllSessions } from '../auth/sessions.js';
import { type StaffRecord, toStaffRecord, USER_COLUMNS } from '../auth/users.js';
import type { Queryable } from '../module.js';

type UserRow = Parameters<typeof toStaffRecord>[0];

export const staffNotFound = () => cityError('staff_not_found', {}, { field: 'id' });

/**
 * The active administrators, their rows locked, so two administrators cannot demote or
 * deactivate each other at once and leave the town without one.
 */
async function activeAdminIds(tx: Queryable): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    "select id from city_app_users where 'admin' = any(roles) and deactivated_at is null for update",
  );
  return rows.map((r) => r.id);
}

/** Whether taking `id` out of the active administrators would leave none. */
function isLastAdmin(admins: readonly string[], id: string): boolean {
  return admins.length === 1 && admins[0] === id;
}

export async function listStaff(db: Queryable): Promise<StaffRecord[]> {
  const { rows } = await db.query<UserRow>(
    `select ${USER_COLUMNS} from city_app_users order by lower(name), email`,
  );
  return rows.map(toStaffRecord);
}

export async function findStaff(db: Queryable, id: string): Promise<StaffRecord> {
  const { rows } = await db.query<UserRow>(
    `select ${USER_COLUMNS} from city_app_users where id = $1`,
    [id],
  );
  if (!rows[0]) throw staffNotFound();
  return toStaffRecord(rows[0]);
}

/**
 * Changes name and roles in one transaction. Refused (and nothing changed): taking the last
 * active administrator's role, or one's own (`by`).
 */
export async function changeStaff(
  tx: Queryable,
  id: string,
  change: { name?: string; roles?: string[] },
  by: string | undefined,
): Promise<StaffRecord> {
  const admins = await activeAdminIds(tx);
  const { rows } = await tx.query<UserRow>(
    `update city_app_users set name = coalesce($2, name), roles = coalesce($3, roles), updated_at = now()
      where id = $1 returning ${USER_COLUMNS}`,
    [id, change.name ?? null, change.roles ?? null],
  );
  const row = rows[0];
  if (!row) throw staffNotFound();
  if (admins.includes(id) && !row.roles.includes('admin')) {
    if (isLastAdmin(admins, id)) throw cityError('last_admin', {}, { field: 'roles' });
    if (id === by) throw cityError('cannot_demote_self', {}, { field: 'roles' });
  }
  return toStaffRecord(row);
}

/**
 * Deactivates an account: it can no longer sign in, its sessions end at once and its open
 * invitation or reset links stop working; the account and everything it did stay.
 */
export async function deactivateStaff(
  tx: Queryable,
  id: string,
  by: string | undefined,
): Promise<StaffRecord> {
  if (id === by) throw cityError('cannot_deactivate_self');
  const admins = await activeAdminIds(tx);
  const { rows } = await tx.query<UserRow>(
    `update city_app_users set deactivated_at = coalesce(deactivated_at, now()), updated_at = now()
      where id = $1 returning ${USER_COLUMNS}`,
    [id],
  );
  const row = rows[0];
  if (!row) throw staffNotFound();
  if (isLastAdmin(admins, id)) throw cityError('last_admin');
  await deleteAllSessions(tx, id);
  await tx.query(
    'update city_app_password_resets set used_at = now() where user_id = $1 and used_at is null',
    [id],
  );
  return toStaffRecord(row);
}

/** Lets a deactivated account sign in again, with the password it had. */
export async function reactivateStaff(db: Queryable, id: string): Promise<StaffRecord> {
  const { rows } = await db.query<UserRow>(
    `update city_app_users set deactivated_at = null, updated_at = now()
      where id = $1 returning ${USER_COLUMNS}`,
    [id],
  );
  if (!rows[0]) throw staffNotFound();
  return toStaffRecord(rows[0]);
}
