import type { Queryable } from '@city-app/server';
import { createEvent, type SaveContext, updateEvent } from '../events/save.js';
import { writeOccurrences } from '../occurrences/materialize.js';
import { occurrenceWindow } from '../occurrences/window.js';
import type { FeedItem } from './feed-record.js';
import type { ImportPlan } from './plan.js';

/**
 * What only a feed sets beside the columns staff write: the cancelled dates and moves it
 * lists (they replace those stored), a cancellation of the whole event, and its fingerprint.
 * Writes the event's dates again.
 */
async function writeFeedState(tx: Queryable, id: string, item: FeedItem, ctx: SaveContext) {
  await tx.query('DELETE FROM events_exceptions WHERE event_id = $1', [id]);
  if (item.exceptions.length) {
    await tx.query(
      `INSERT INTO events_exceptions
         (event_id, original_date, kind, moved_to, moved_start_minute, moved_end_minute)
       SELECT $1, * FROM unnest($2::date[], $3::text[], $4::date[], $5::smallint[], $6::smallint[])`,
      [
        id,
        item.exceptions.map((e) => e.originalDate),
        item.exceptions.map((e) => e.kind),
        item.exceptions.map((e) => e.movedTo ?? null),
        item.exceptions.map((e) => e.movedStartMinute ?? null),
        item.exceptions.map((e) => e.movedEndMinute ?? null),
      ],
    );
  }
  await tx.query('UPDATE events_events SET cancelled = $2, source_hash = $3 WHERE id = $1', [
    id,
    item.cancelled,
    item.hash,
  ]);
  const now = ctx.now ?? new Date();
  await writeOccurrences(tx, [id], occurrenceWindow(now, ctx.timeZone), ctx.timeZone);
}

/** Writes a plan in the caller's transaction: new events published, changed ones replaced. */
export async function applyPlan(
  tx: Queryable,
  sourceId: string,
  plan: ImportPlan,
  ctx: SaveContext,
): Promise<void> {
  for (const item of plan.create) {
    const origin = { status: 'published' as const, sourceId, sourceUid: item.uid };
    const id = await createEvent(tx, item.record, origin, ctx);
    await writeFeedState(tx, id, item, ctx);
  }
  for (const { id, item } of plan.change) {
    await updateEvent(tx, id, item.record, ctx);
    await writeFeedState(tx, id, item, ctx);
  }
  if (plan.remove.length) {
    await tx.query('DELETE FROM events_events WHERE id = ANY($1::uuid[])', [plan.remove]);
  }
}
