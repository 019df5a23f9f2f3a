import { addDaysToDate, errors, localDate, localDateOf, plainText } from '@city-app/core';
import { z } from 'zod';
import { WHEN, type When } from '../../api/event-date.js';
import type { DateWindow } from '../../series/expand.js';
import { AHEAD_DAYS } from '../occurrences/window.js';

/** At most this many dates on one page. */
export const MAX_PAGE = 200;
/** A list covers at most this many days (a year and a bit: every month view fits). */
export const MAX_SPAN_DAYS = 400;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** What a resident's list asks for, as query parameters. */
export const datesQuerySchema = z.strictObject({
  when: z.enum(WHEN).optional(),
  from: localDate().optional(),
  to: localDate().optional(),
  /** Category ids, comma-separated. */
  category: z
    .string()
    .max(400)
    .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/)
    .optional(),
  venue: z.uuid().optional(),
  free: flag.optional(),
  stepFree: flag.optional(),
  q: plainText().trim().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
  after: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
});

export type DatesQuery = z.output<typeof datesQuerySchema>;

const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/**
 * The local days a list covers: today; this weekend (Saturday and Sunday — from today when it
 * is one of them); what is coming; or the days asked for.
 */
export function daysOf(
  query: Pick<DatesQuery, 'when' | 'from' | 'to'>,
  now: Date,
  timeZone: string,
): DateWindow {
  const today = localDateOf(now, timeZone);
  const when: When | undefined = query.when ?? (query.from || query.to ? undefined : 'upcoming');
  if (when === 'today') return { from: today, to: today };
  if (when === 'weekend') {
    const weekday = isoWeekday(today);
    const saturday = addDaysToDate(today, 6 - weekday);
    const sunday = addDaysToDate(saturday, 1);
    // On a Sunday the weekend left is today.
    return { from: weekday === 7 ? today : saturday, to: sunday };
  }
  if (when === 'upcoming') return { from: today, to: addDaysToDate(today, AHEAD_DAYS) };
  const from = query.from ?? today;
  const to = query.to ?? addDaysToDate(from, 30);
  if (to < from) {
    throw errors.validation('to', {
      de: 'Das Ende des Zeitraums muss am oder nach seinem Anfang liegen.',
      en: 'The end of the range must fall on or after its start.',
    });
  }
  if (addDaysToDate(from, MAX_SPAN_DAYS) < to) {
    throw errors.validation('to', {
      de: `Ein Zeitraum umfasst höchstens ${MAX_SPAN_DAYS} Tage.`,
      en: `A range covers at most ${MAX_SPAN_DAYS} days.`,
    });
  }
  return { from, to };
}

/** Where the next page starts: after this date of this event. */
export interface Cursor {
  start: string;
  eventId: string;
  originalDate: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.start}|${cursor.eventId}|${cursor.originalDate}`).toString(
    'base64url',
  );
}

export function decodeCursor(text: string): Cursor {
  const [start, eventId, originalDate, ...rest] = Buffer.from(text, 'base64url')
    .toString('utf8')
    .split('|');
  const valid =
    !rest.length &&
    start !== undefined &&
    !Number.isNaN(Date.parse(start)) &&
    z.uuid().safeParse(eventId).success &&
    /^\d{4}-\d{2}-\d{2}$/.test(originalDate ?? '');
  if (!valid) {
    throw errors.validation('after', {
      de: 'Dieser Verweis auf die nächste Seite ist ungültig; laden Sie die Liste neu.',
      en: 'This link to the next page is not valid; load the list again.',
    });
  }
  return {
    start: start as string,
    eventId: eventId as string,
    originalDate: originalDate as string,
  };
}
