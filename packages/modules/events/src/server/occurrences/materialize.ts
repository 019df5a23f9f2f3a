import { addDaysToDate } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import { type DateWindow, occurrencesOf } from '../../series/expand.js';
import type { Occurrence, Schedule, ScheduleException } from '../../series/schedule.js';

const CHUNK = 5000;
/** A daily run adds what entered the window in these last days: it survives a server off for two months. */
const EXTEND_OVERLAP_DAYS = 60;

interface ScheduleRow {
  id: string;
  starts_on: string;
  start_minute: number | null;
  ends_after_days: number;
  end_minute: number | null;
  rrule: string | null;
}

interface ExceptionRow {
  event_id: string;
  original_date: string;
  kind: 'cancelled' | 'moved';
  moved_to: string | null;
  moved_start_minute: number | null;
  moved_end_minute: number | null;
}

async function insert(
  tx: Queryable,
  rows: { eventId: string; occurrence: Occurrence }[],
  onConflict: string,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.query(
      `INSERT INTO events_occurrences
         (event_id, original_date, starts_at, ends_at, all_day, local_date, status)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::timestamptz[], $4::timestamptz[],
                            $5::boolean[], $6::date[], $7::text[])
       ${onConflict}`,
      [
        chunk.map((r) => r.eventId),
        chunk.map((r) => r.occurrence.originalDate),
        chunk.map((r) => r.occurrence.startsAt.toISOString()),
        chunk.map((r) => r.occurrence.endsAt?.toISOString() ?? null),
        chunk.map((r) => r.occurrence.allDay),
        chunk.map((r) => r.occurrence.localDate),
        chunk.map((r) => r.occurrence.status),
      ],
    );
  }
}

/** The schedules and exceptions of these events, as stored. */
async function schedulesOf(
  tx: Queryable,
  eventIds: readonly string[],
): Promise<{ id: string; schedule: Schedule; exceptions: ScheduleException[] }[]> {
  const events = await tx.query<ScheduleRow>(
    `SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, start_minute, ends_after_days,
            end_minute, rrule
       FROM events_events WHERE id = ANY($1::uuid[])`,
    [eventIds],
  );
  const exceptions = await tx.query<ExceptionRow>(
    `SELECT event_id, to_char(original_date, 'YYYY-MM-DD') AS original_date, kind,
            to_char(moved_to, 'YYYY-MM-DD') AS moved_to, moved_start_minute, moved_end_minute
       FROM events_exceptions WHERE event_id = ANY($1::uuid[])`,
    [eventIds],
  );
  const byEvent = new Map<string, ScheduleException[]>();
  for (const e of exceptions.rows) {
    const list = byEvent.get(e.event_id) ?? [];
    list.push({
      originalDate: e.original_date,
      kind: e.kind,
      movedTo: e.moved_to,
      movedStartMinute: e.moved_start_minute,
      movedEndMinute: e.moved_end_minute,
    });
    byEvent.set(e.event_id, list);
  }
  return events.rows.map((r) => ({
    id: r.id,
    schedule: {
      startsOn: r.starts_on,
      startMinute: r.start_minute,
      endsAfterDays: r.ends_after_days,
      endMinute: r.end_minute,
      rrule: r.rrule,
    },
    exceptions: byEvent.get(r.id) ?? [],
  }));
}

/**
 * Writes out the dates of these events within the window, in the caller's transaction: call it
 * after an event, its rule or an exception changed, so the list residents read is never
 * older than the change. A date that stays keeps its row (and the reminders residents set on
 * it); a date the rule no longer gives is removed, with its reminders.
 */
export async function writeOccurrences(
  tx: Queryable,
  eventIds: readonly string[],
  window: DateWindow,
  timeZone: string,
): Promise<number> {
  if (!eventIds.length) return 0;
  const schedules = await schedulesOf(tx, eventIds);
  const rows = schedules.flatMap(({ id, schedule, exceptions }) =>
    occurrencesOf(schedule, exceptions, window, timeZone).map((occurrence) => ({
      eventId: id,
      occurrence,
    })),
  );
  await tx.query(
    `DELETE FROM events_occurrences o
      WHERE o.event_id = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::date[]) AS k(event_id, original_date)
                         WHERE k.event_id = o.event_id AND k.original_date = o.original_date)`,
    [eventIds, rows.map((r) => r.eventId), rows.map((r) => r.occurrence.originalDate)],
  );
  await insert(
    tx,
    rows,
    `ON CONFLICT (event_id, original_date) DO UPDATE
       SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, all_day = EXCLUDED.all_day,
           local_date = EXCLUDED.local_date, status = EXCLUDED.status`,
  );
  return rows.length;
}

/**
 * Adds the dates that entered the window since the last run (the window's end moved on by a
 * day) and drops those that left it; dates already written stay as they are.
 */
export async function extendOccurrences(
  tx: Queryable,
  window: DateWindow,
  timeZone: string,
): Promise<{ added: number; dropped: number }> {
  const series = await tx.query<{ id: string }>(
    'SELECT id FROM events_events WHERE rrule IS NOT NULL',
  );
  let added = 0;
  const ids = series.rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const schedules = await schedulesOf(tx, ids.slice(i, i + 500));
    const rows = schedules.flatMap(({ id, schedule, exceptions }) =>
      occurrencesOf(schedule, exceptions, window, timeZone)
        .filter((o) => o.originalDate > addDaysToDate(window.to, -EXTEND_OVERLAP_DAYS))
        .map((occurrence) => ({ eventId: id, occurrence })),
    );
    await insert(tx, rows, 'ON CONFLICT (event_id, original_date) DO NOTHING');
    added += rows.length;
  }
  const dropped = await tx.query(
    'DELETE FROM events_occurrences WHERE original_date < $1::date AND local_date < $1::date',
    [window.from],
  );
  return { added, dropped: dropped.rowCount };
}
