import type { Queryable } from '../module.js';

/** A colleague as other staff see them when handing work over: a name, never an e-mail. */
export interface Colleague {
  id: string;
  name: string;
}

/**
 * The staff who hold one of a module's roles, for giving a record to a named colleague.
 * Only active accounts count; an administrator holds every role. A module asks about its own
 * roles only (those in its manifest): who works in another area is not its business.
 */
export interface StaffDirectory {
  /** Active staff with `role` (administrators too), ordered by name. */
  holders(role: string, db?: Queryable): Promise<Colleague[]>;
  /**
   * That staff member when their account is active and holds `role` (or is an
   * administrator's); null for an unknown id, a deactivated account or one without the role.
   * Pass the transaction that records the choice, so it sees the account as it commits.
   */
  holder(id: string, role: string, db?: Queryable): Promise<Colleague | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The directory for a module that declares `roles`. */
export function staffDirectory(db: Queryable, roles: readonly string[]): StaffDirectory {
  const own = (role: string) => {
    // A programming mistake in the module, not a request to answer: fail loudly.
    if (!roles.includes(role)) throw new Error(`The module does not declare the role "${role}".`);
  };
  const holding = `deactivated_at IS NULL AND ('admin' = ANY(roles) OR $1 = ANY(roles))`;
  return {
    async holders(role, on = db) {
      own(role);
      const { rows } = await on.query<Colleague>(
        `SELECT id::text AS id, name FROM city_app_users WHERE ${holding} ORDER BY name, id`,
        [role],
      );
      return rows;
    },
    async holder(id, role, on = db) {
      own(role);
      if (!UUID.test(id)) return null;
      const { rows } = await on.query<Colleague>(
        `SELECT id::text AS id, name FROM city_app_users WHERE ${holding} AND id = $2::uuid`,
        [role, id],
      );
      return rows[0] ?? null;
    },
  };
}
