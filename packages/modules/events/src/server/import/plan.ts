import { localDateOf } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { FeedItem } from './feed-record.js';

/** What an import writes: by the feed's UID, compared with what the last import stored. */
export interface ImportPlan {
  create: FeedItem[];
  change: { id: string; item: FeedItem }[];
  unchanged: number;
  /** Gone from the feed, with a date today or later: removed. */
  remove: string[];
  /** Gone from the feed, but over already: kept as what took place. */
  keptPast: number;
}

interface StoredRow {
  id: string;
  source_uid: string;
  source_hash: string | null;
  coming: boolean;
}

/**
 * Compares a feed's events with those an earlier import of the same source stored. An event
 * the feed no longer lists is removed when any of its dates is still to come (the organiser
 * took it out); one that is over is kept, because many calendars publish only what is ahead
 * and the town's "what was on" should not lose it.
 */
export async function planImport(
  tx: Queryable,
  sourceId: string,
  items: readonly FeedItem[],
  ctx: { timeZone: string; now: Date },
): Promise<ImportPlan> {
  const { rows } = await tx.query<StoredRow>(
    `SELECT e.id, e.source_uid, e.source_hash,
            (e.starts_on >= $2::date OR EXISTS (
               SELECT 1 FROM events_occurrences o
                WHERE o.event_id = e.id AND coalesce(o.ends_at, o.starts_at) >= $3::timestamptz
            )) AS coming
       FROM events_events e WHERE e.source_id = $1`,
    [sourceId, localDateOf(ctx.now, ctx.timeZone), ctx.now.toISOString()],
  );
  const stored = new Map(rows.map((r) => [r.source_uid, r]));
  const plan: ImportPlan = { create: [], change: [], unchanged: 0, remove: [], keptPast: 0 };
  const seen = new Set<string>();
  for (const item of items) {
    seen.add(item.uid);
    const row = stored.get(item.uid);
    if (!row) plan.create.push(item);
    else if (row.source_hash === item.hash) plan.unchanged++;
    else plan.change.push({ id: row.id, item });
  }
  for (const row of rows) {
    if (seen.has(row.source_uid)) continue;
    if (row.coming) plan.remove.push(row.id);
    else plan.keptPast++;
  }
  return plan;
}
