import { errors } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type { MoveDateInput } from '../../api/event-input.js';
import { eventError } from '../../errors/events.js';
import { writeOccurrences } from '../occurrences/materialize.js';
import { occurrenceWindow } from '../occurrences/window.js';
import { minutesOf } from './record.js';
import type { SaveContext } from './save.js';

/** The date the rule gives, locked against a second change at once; raises when there is none. */
async function lockDate(tx: Queryable, eventId: string, date: string): Promise<void> {
  const { rows } = await tx.query(
    `SELECT 1 FROM events_occurrences WHERE event_id = $1::uuid AND original_date = $2::date
        FOR UPDATE`,
    [eventId, date],
  );
  if (!rows.length) throw eventError('events_date_unknown', { date }, { field: 'date' });
}

async function rewrite(tx: Queryable, eventId: string, ctx: SaveContext): Promise<void> {
  await tx.query('UPDATE events_events SET updated_at = now() WHERE id = $1', [eventId]);
  await writeOccurrences(
    tx,
    [eventId],
    occurrenceWindow(ctx.now ?? new Date(), ctx.timeZone),
    ctx.timeZone,
  );
}

/** Calls off one date of a series; residents still see it, struck through. */
export async function cancelDate(
  tx: Queryable,
  eventId: string,
  date: string,
  note: string | undefined,
  ctx: SaveContext,
): Promise<void> {
  await lockDate(tx, eventId, date);
  await tx.query(
    `INSERT INTO events_exceptions (event_id, original_date, kind, note)
     VALUES ($1, $2, 'cancelled', $3)
     ON CONFLICT (event_id, original_date) DO UPDATE
       SET kind = 'cancelled', moved_to = NULL, moved_start_minute = NULL,
           moved_end_minute = NULL, note = EXCLUDED.note`,
    [eventId, date, note ?? null],
  );
  await rewrite(tx, eventId, ctx);
}

/** Moves one date of a series to another day (and other times); its key stays the rule's date. */
export async function moveDate(
  tx: Queryable,
  eventId: string,
  date: string,
  input: MoveDateInput,
  ctx: SaveContext,
): Promise<void> {
  await lockDate(tx, eventId, date);
  const taken = await tx.query(
    `SELECT 1 FROM events_occurrences
      WHERE event_id = $1::uuid AND local_date = $2::date AND original_date <> $3::date
        AND status <> 'cancelled'`,
    [eventId, input.to, date],
  );
  if (taken.rows.length) throw eventError('events_date_taken', { date: input.to }, { field: 'to' });
  const start = input.startTime === undefined ? null : minutesOf(input.startTime);
  const end = input.endTime === undefined ? null : minutesOf(input.endTime);
  if (end !== null && (start === null || end <= start)) {
    throw errors.validation('endTime', {
      de: 'Die neue Endzeit braucht eine neue Anfangszeit davor.',
      en: 'The new end time needs a new start time before it.',
    });
  }
  await tx.query(
    `INSERT INTO events_exceptions
       (event_id, original_date, kind, moved_to, moved_start_minute, moved_end_minute, note)
     VALUES ($1, $2, 'moved', $3, $4, $5, $6)
     ON CONFLICT (event_id, original_date) DO UPDATE
       SET kind = 'moved', moved_to = EXCLUDED.moved_to,
           moved_start_minute = EXCLUDED.moved_start_minute,
           moved_end_minute = EXCLUDED.moved_end_minute, note = EXCLUDED.note`,
    [eventId, date, input.to, start, end, input.note ?? null],
  );
  await rewrite(tx, eventId, ctx);
}

/** Undoes a cancellation or a move: the date is again as the rule gives it. */
export async function restoreDate(
  tx: Queryable,
  eventId: string,
  date: string,
  ctx: SaveContext,
): Promise<void> {
  await lockDate(tx, eventId, date);
  await tx.query('DELETE FROM events_exceptions WHERE event_id = $1 AND original_date = $2', [
    eventId,
    date,
  ]);
  await rewrite(tx, eventId, ctx);
}
