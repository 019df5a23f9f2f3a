import type { Queryable } from '@city-app/server';
import type { CommitteeList } from '../../api/follows.js';

/** A council has a few dozen committees; the list stops here whatever the source sends. */
const MOST_COMMITTEES = 500;

/**
 * The committees residents can follow: the organizations that hold at least one meeting (a
 * parliamentary group or a party, which hold none here, is left out), by name.
 */
export async function committees(db: Queryable): Promise<CommitteeList> {
  const { rows } = await db.query<{ key: string; name: string | null }>(
    `SELECT o.key, o.name FROM council_objects o
      WHERE o.type = 'Organization' AND NOT o.deleted
        AND EXISTS (SELECT 1 FROM council_objects m
                     WHERE m.type = 'Meeting' AND NOT m.deleted AND m.organizations @> ARRAY[o.id])
      ORDER BY o.name, o.key
      LIMIT $1`,
    [MOST_COMMITTEES],
  );
  return { items: rows };
}
