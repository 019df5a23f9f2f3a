import type { Queryable } from '@city-app/server';
import type { ImportFormat, ImportPlan } from '../../../api/import-plan.js';
import type { ImportSource } from '../../../api/import-sources.js';

interface SourceRow {
  id: number;
  name: string;
  format: ImportFormat;
  url: string;
  location_id: number | null;
  active: boolean;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  last_checked_at: Date | string | null;
  last_success_at: Date | string | null;
  last_error: string | null;
  last_summary: ImportSource['lastSummary'];
  failures: number;
}

/** A source with what a conditional fetch needs. */
export interface StoredSource extends ImportSource {
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

const toSource = (r: SourceRow): StoredSource => ({
  id: r.id,
  name: r.name,
  format: r.format,
  url: r.url,
  locationId: r.location_id,
  active: r.active,
  lastCheckedAt: iso(r.last_checked_at),
  lastSuccessAt: iso(r.last_success_at),
  lastError: r.last_error,
  lastSummary: r.last_summary,
  failures: r.failures,
  etag: r.etag,
  lastModified: r.last_modified,
  contentHash: r.content_hash,
});

/** What staff see of a source: without the fetch's bookkeeping. */
export function publicSource(s: StoredSource): ImportSource {
  const { etag: _e, lastModified: _l, contentHash: _h, ...rest } = s;
  return rest;
}

export interface SourceInput {
  name: string;
  format: ImportFormat;
  url: string;
  locationId: number | null;
  active: boolean;
}

/** The table `waste_sources`: staff's addresses and the health of their imports. */
export const sources = {
  async list(db: Queryable, onlyActive = false): Promise<StoredSource[]> {
    const { rows } = await db.query<SourceRow>(
      `SELECT * FROM waste_sources ${onlyActive ? 'WHERE active' : ''} ORDER BY name, id`,
    );
    return rows.map(toSource);
  },
  async find(db: Queryable, id: number): Promise<StoredSource | null> {
    const { rows } = await db.query<SourceRow>('SELECT * FROM waste_sources WHERE id = $1', [id]);
    return rows[0] ? toSource(rows[0]) : null;
  },
  async create(db: Queryable, input: SourceInput): Promise<StoredSource> {
    const { rows } = await db.query<SourceRow>(
      `INSERT INTO waste_sources (name, format, url, location_id, active)
       VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [input.name, input.format, input.url, input.locationId, input.active],
    );
    return toSource(rows[0] as SourceRow);
  },
  /** Changes what staff set; a new address or format forgets what the last fetch saw. */
  async update(db: Queryable, id: number, input: SourceInput): Promise<StoredSource | null> {
    const { rows } = await db.query<SourceRow>(
      `UPDATE waste_sources SET name = $2, format = $3, url = $4, location_id = $5, active = $6,
              etag = CASE WHEN url = $4 AND format = $3 THEN etag END,
              last_modified = CASE WHEN url = $4 AND format = $3 THEN last_modified END,
              content_hash = CASE WHEN url = $4 AND format = $3 THEN content_hash END
        WHERE id = $1 RETURNING *`,
      [id, input.name, input.format, input.url, input.locationId, input.active],
    );
    return rows[0] ? toSource(rows[0]) : null;
  },
  async remove(db: Queryable, id: number): Promise<boolean> {
    const { rows } = await db.query('DELETE FROM waste_sources WHERE id = $1 RETURNING id', [id]);
    return rows.length > 0;
  },
  async checkedUnchanged(db: Queryable, id: number): Promise<void> {
    await db.query(
      `UPDATE waste_sources SET last_checked_at = now(), last_success_at = now(),
              last_error = NULL, failures = 0 WHERE id = $1`,
      [id],
    );
  },
  async succeeded(
    db: Queryable,
    id: number,
    seen: { etag: string | null; lastModified: string | null; hash: string },
    plan: ImportPlan,
  ): Promise<void> {
    await db.query(
      `UPDATE waste_sources SET last_checked_at = now(), last_success_at = now(), last_error = NULL,
              failures = 0, etag = $2, last_modified = $3, content_hash = $4, last_summary = $5::jsonb
        WHERE id = $1`,
      [id, seen.etag, seen.lastModified, seen.hash, JSON.stringify(plan.pickups)],
    );
  },
  async failed(db: Queryable, id: number, message: string): Promise<void> {
    await db.query(
      `UPDATE waste_sources SET last_checked_at = now(), last_error = $2, failures = failures + 1
        WHERE id = $1`,
      [id, message.slice(0, 500)],
    );
  },
};
