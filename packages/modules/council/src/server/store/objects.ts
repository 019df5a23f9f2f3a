import type { Queryable } from '@city-app/server';
import type { OParlRecord, OwnedChildren } from '../oparl/record.js';

/** What storing one page did. */
export interface StoreCounts {
  created: number;
  /** The objects new to the database: what followers may hear of. */
  added: { id: string; type: string; parent: string | null }[];
  changed: number;
  unchanged: number;
  deleted: number;
}

/** One record per id: an object embedded twice on a page (the same file under two headings). */
function once(records: readonly OParlRecord[]): OParlRecord[] {
  const byId = new Map<string, OParlRecord>();
  for (const record of records) {
    const before = byId.get(record.id);
    byId.set(record.id, before ? { ...record, parent: before.parent ?? record.parent } : record);
  }
  return [...byId.values()];
}

const row = (r: OParlRecord) => ({
  id: r.id,
  key: r.key,
  type: r.type,
  body: r.body,
  parent: r.parent,
  name: r.name,
  starts_at: r.startsAt,
  ends_at: r.endsAt,
  day: r.day,
  organizations: r.organizations,
  latitude: r.latitude,
  longitude: r.longitude,
  words: r.words,
  modified: r.modified,
  data: r.data,
  hash: r.hash,
});

/**
 * Writes a page of objects in one statement: new ones are inserted, changed ones (another
 * hash, or back after a deletion) updated, the same ones left alone. A parent's address from
 * an earlier page stays when a list sends the object without it.
 */
async function upsert(db: Queryable, system: string, records: OParlRecord[]) {
  if (!records.length) return { created: 0, changed: 0, added: [] };
  const result = await db.query<{
    inserted: boolean;
    id: string;
    type: string;
    parent: string | null;
  }>(
    `INSERT INTO council_objects AS o (id, key, type, system, body, parent, name, starts_at, ends_at,
       day, organizations, latitude, longitude, words, modified, data, hash)
     SELECT id, key, type, $1, body, parent, name, starts_at, ends_at, day,
       ARRAY(SELECT jsonb_array_elements_text(organizations)), latitude, longitude, words,
       modified, data, hash
     FROM jsonb_to_recordset($2::jsonb) AS x(id text, key text, type text, body text, parent text,
       name text, starts_at timestamptz, ends_at timestamptz, day date, organizations jsonb,
       latitude double precision, longitude double precision, words text, modified timestamptz,
       data jsonb, hash text)
     ON CONFLICT (id) DO UPDATE SET
       type = excluded.type, body = COALESCE(excluded.body, o.body),
       parent = COALESCE(excluded.parent, o.parent), name = excluded.name,
       starts_at = excluded.starts_at, ends_at = excluded.ends_at, day = excluded.day,
       organizations = excluded.organizations, latitude = excluded.latitude,
       longitude = excluded.longitude, words = excluded.words, modified = excluded.modified,
       data = excluded.data, hash = excluded.hash, deleted = false, changed_at = now()
     WHERE o.hash <> excluded.hash OR o.deleted
     RETURNING (xmax = 0) AS inserted, o.id, o.type, o.parent`,
    [system, JSON.stringify(records.map(row))],
  );
  const added = result.rows
    .filter((r) => r.inserted)
    .map(({ id, type, parent }) => ({ id, type, parent }));
  return { created: added.length, changed: result.rows.length - added.length, added };
}

/** Marks objects deleted (kept, as OParl keeps them); returns how many were not already. */
async function markDeleted(db: Queryable, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const result = await db.query(
    `UPDATE council_objects SET deleted = true, changed_at = now()
     WHERE id = ANY($1::text[]) AND NOT deleted RETURNING id`,
    [ids],
  );
  return result.rows.length;
}

/** Children a parent no longer lists (an agenda item taken off) are deleted. */
async function dropMissingChildren(db: Queryable, owned: readonly OwnedChildren[]) {
  if (!owned.length) return 0;
  const result = await db.query(
    `UPDATE council_objects AS o SET deleted = true, changed_at = now()
     FROM jsonb_to_recordset($1::jsonb) AS x(parent text, type text, ids jsonb)
     WHERE o.parent = x.parent AND o.type = x.type AND NOT o.deleted
       AND NOT (x.ids ? o.id)
     RETURNING o.id`,
    [JSON.stringify(owned)],
  );
  return result.rows.length;
}

/** Stores what one page of a list (or one object) held. */
export async function storePage(
  db: Queryable,
  system: string,
  page: { records: readonly OParlRecord[]; owned: readonly OwnedChildren[] },
): Promise<StoreCounts> {
  const records = once(page.records);
  const live = records.filter((r) => !r.deleted);
  const gone = records.filter((r) => r.deleted).map((r) => r.id);
  const written = await upsert(db, system, live);
  const deleted = (await markDeleted(db, gone)) + (await dropMissingChildren(db, page.owned));
  return {
    ...written,
    unchanged: live.length - written.created - written.changed,
    deleted,
  };
}
