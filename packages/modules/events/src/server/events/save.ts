import type { Queryable } from '@city-app/server';
import { eventError } from '../../errors/events.js';
import { writeOccurrences } from '../occurrences/materialize.js';
import { occurrenceWindow } from '../occurrences/window.js';
import type { EventRecord } from './record.js';

/** Who wrote an event and how it starts out. */
export interface EventOrigin {
  status: 'unconfirmed' | 'pending' | 'published';
  organiserId?: string | null;
  /** A feed's id and the event's UID there: the key a re-import finds it by. */
  sourceId?: string | null;
  sourceUid?: string | null;
  sample?: boolean;
}

/** Where and when: the town's zone and the clock, so tests and imports can fix them. */
export interface SaveContext {
  timeZone: string;
  now?: Date;
}

const COLUMNS = [
  'title',
  'title_en',
  'description',
  'description_en',
  'category',
  'venue_id',
  'place',
  'organiser_name',
  'price',
  'is_free',
  'link',
  'image_url',
  'image_alt',
  'starts_on',
  'start_minute',
  'ends_after_days',
  'end_minute',
  'rrule',
] as const;

function values(record: EventRecord): unknown[] {
  return [
    record.title,
    record.titleEn,
    record.description,
    record.descriptionEn,
    record.category,
    record.venueId,
    record.place,
    record.organiserName,
    record.price,
    record.isFree,
    record.link,
    record.imageUrl,
    record.imageAlt,
    record.startsOn,
    record.startMinute,
    record.endsAfterDays,
    record.endMinute,
    record.rrule,
  ];
}

async function checkVenue(tx: Queryable, venueId: string | null): Promise<void> {
  if (!venueId) return;
  const { rows } = await tx.query('SELECT 1 FROM events_venues WHERE id = $1', [venueId]);
  if (!rows.length) throw eventError('events_venue_unknown', {}, { field: 'venueId' });
}

/** Stores a new event and writes out its dates, in the caller's transaction. Returns its id. */
export async function createEvent(
  tx: Queryable,
  record: EventRecord,
  origin: EventOrigin,
  ctx: SaveContext,
): Promise<string> {
  await checkVenue(tx, record.venueId);
  const extra = ['status', 'organiser_id', 'source_id', 'source_uid', 'sample', 'published_at'];
  const all = [...COLUMNS, ...extra];
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO events_events (${all.join(', ')})
     VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    [
      ...values(record),
      origin.status,
      origin.organiserId ?? null,
      origin.sourceId ?? null,
      origin.sourceUid ?? null,
      origin.sample ?? false,
      origin.status === 'published' ? (ctx.now ?? new Date()).toISOString() : null,
    ],
  );
  const id = (rows[0] as { id: string }).id;
  await writeOccurrences(
    tx,
    [id],
    occurrenceWindow(ctx.now ?? new Date(), ctx.timeZone),
    ctx.timeZone,
  );
  return id;
}

/**
 * Replaces an event's fields and writes its dates again. Exceptions on dates the new rule no
 * longer gives are dropped, so none lingers to surprise staff later. Returns false when there
 * is no such event.
 */
export async function updateEvent(
  tx: Queryable,
  id: string,
  record: EventRecord,
  ctx: SaveContext,
): Promise<boolean> {
  await checkVenue(tx, record.venueId);
  const { rowCount } = await tx.query(
    `UPDATE events_events SET ${COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')},
            sample = false, updated_at = now()
      WHERE id = $1`,
    [id, ...values(record)],
  );
  if (!rowCount) return false;
  await writeOccurrences(
    tx,
    [id],
    occurrenceWindow(ctx.now ?? new Date(), ctx.timeZone),
    ctx.timeZone,
  );
  await tx.query(
    `DELETE FROM events_exceptions x
      WHERE x.event_id = $1 AND x.original_date >= $2::date
        AND NOT EXISTS (SELECT 1 FROM events_occurrences o
                         WHERE o.event_id = x.event_id AND o.original_date = x.original_date)`,
    [id, occurrenceWindow(ctx.now ?? new Date(), ctx.timeZone).from],
  );
  return true;
}
