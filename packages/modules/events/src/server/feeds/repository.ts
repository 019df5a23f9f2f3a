import type { Queryable } from '@city-app/server';
import type { FeedImport } from '../../api/feed-import.js';
import type { FeedSource, FeedSourceInput } from '../../api/feed-source.js';

interface SourceRow {
  id: string;
  name: string;
  url: string | null;
  module: string | null;
  default_category: string | null;
  category_map: Record<string, string>;
  active: boolean;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  last_checked_at: Date | string | null;
  last_success_at: Date | string | null;
  last_error: string | null;
  last_summary: FeedImport | null;
  failures: number;
}

/** A source with what a conditional fetch needs beside what staff see. */
export interface StoredSource extends FeedSource {
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

const toSource = (r: SourceRow): StoredSource => ({
  id: r.id,
  name: r.name,
  url: r.url,
  module: r.module,
  defaultCategory: r.default_category,
  categoryMap: r.category_map,
  active: r.active,
  lastCheckedAt: iso(r.last_checked_at),
  lastSuccessAt: iso(r.last_success_at),
  lastError: r.last_error,
  lastResult: r.last_summary,
  failures: r.failures,
  etag: r.etag,
  lastModified: r.last_modified,
  contentHash: r.content_hash,
});

/** What staff see of a source: without the fetch's bookkeeping. */
export function shownSource(s: StoredSource): FeedSource {
  const { etag: _e, lastModified: _l, contentHash: _h, ...shown } = s;
  return shown;
}

/** The key an imported event names its source by (`events_events.source_id`). */
export const sourceKey = (id: string) => `source:${id}`;

/** A source's category map as the import compares its words: in lower case. */
export const wordsInLowerCase = (map: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(map).map(([word, id]) => [word.toLowerCase(), id]));

/** What the last fetch saw: a 304 or the same bytes mean nothing to import. */
export interface Seen {
  etag: string | null;
  lastModified: string | null;
  hash: string;
}

/** The table `events_sources`: staff's calendar addresses and the health of their syncs. */
export const feedSources = {
  async list(db: Queryable, onlyActive = false): Promise<StoredSource[]> {
    const { rows } = await db.query<SourceRow>(
      `SELECT * FROM events_sources ${onlyActive ? 'WHERE active' : ''} ORDER BY lower(name), id`,
    );
    return rows.map(toSource);
  },
  async find(db: Queryable, id: string): Promise<StoredSource | null> {
    const { rows } = await db.query<SourceRow>('SELECT * FROM events_sources WHERE id = $1', [id]);
    return rows[0] ? toSource(rows[0]) : null;
  },
  /** The source of this calendar address, or of this module's dates. */
  async findSame(
    db: Queryable,
    input: Pick<FeedSourceInput, 'url' | 'module'>,
  ): Promise<StoredSource | null> {
    const { rows } = await db.query<SourceRow>(
      'SELECT * FROM events_sources WHERE url = $1 OR module = $2',
      [input.url ?? null, input.module ?? null],
    );
    return rows[0] ? toSource(rows[0]) : null;
  },
  async create(db: Queryable, input: FeedSourceInput): Promise<StoredSource> {
    const { rows } = await db.query<SourceRow>(
      `INSERT INTO events_sources (name, url, module, default_category, category_map, active)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING *`,
      [
        input.name,
        input.url ?? null,
        input.module ?? null,
        input.defaultCategory,
        JSON.stringify(input.categoryMap),
        input.active,
      ],
    );
    return toSource(rows[0] as SourceRow);
  },
  /**
   * Changes what staff set. What the last fetch saw is forgotten, so the next sync reads the
   * calendar again and applies a new address or mapping even to an unchanged calendar.
   */
  async update(db: Queryable, id: string, input: FeedSourceInput): Promise<StoredSource | null> {
    const { rows } = await db.query<SourceRow>(
      `UPDATE events_sources SET name = $2, url = $3, default_category = $4, category_map = $5::jsonb,
              active = $6, etag = NULL, last_modified = NULL, content_hash = NULL
        WHERE id = $1 RETURNING *`,
      [
        id,
        input.name,
        input.url ?? null,
        input.defaultCategory,
        JSON.stringify(input.categoryMap),
        input.active,
      ],
    );
    return rows[0] ? toSource(rows[0]) : null;
  },
  /**
   * Removes a source and the events it brought that are still to come, in one transaction;
   * those over stay, as they would had the feed dropped them.
   */
  async remove(tx: Queryable, id: string, today: string): Promise<boolean> {
    const { rows } = await tx.query('DELETE FROM events_sources WHERE id = $1 RETURNING id', [id]);
    if (!rows.length) return false;
    await tx.query(
      `DELETE FROM events_events e WHERE e.source_id = $1 AND (e.starts_on >= $2::date OR EXISTS (
         SELECT 1 FROM events_occurrences o WHERE o.event_id = e.id AND o.local_date >= $2::date))`,
      [sourceKey(id), today],
    );
    return true;
  },
  async checkedUnchanged(db: Queryable, id: string): Promise<void> {
    await db.query(
      `UPDATE events_sources SET last_checked_at = now(), last_success_at = now(),
              last_error = NULL, failures = 0 WHERE id = $1`,
      [id],
    );
  },
  async succeeded(db: Queryable, id: string, seen: Seen, result: FeedImport): Promise<void> {
    await db.query(
      `UPDATE events_sources SET last_checked_at = now(), last_success_at = now(), last_error = NULL,
              failures = 0, etag = $2, last_modified = $3, content_hash = $4, last_summary = $5::jsonb
        WHERE id = $1`,
      [
        id,
        seen.etag?.slice(0, 500) ?? null,
        seen.lastModified?.slice(0, 100) ?? null,
        seen.hash,
        JSON.stringify(result),
      ],
    );
  },
  async failed(db: Queryable, id: string, message: string): Promise<void> {
    await db.query(
      `UPDATE events_sources SET last_checked_at = now(), last_error = $2, failures = failures + 1
        WHERE id = $1`,
      [id, message.slice(0, 500)],
    );
  },
};
