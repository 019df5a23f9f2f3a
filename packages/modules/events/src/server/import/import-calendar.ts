import type { FeedImport } from '../../api/feed-import.js';
import { type EventsImport, type ImportContext, importEvents } from './import-events.js';
import { assertCalendarSize } from './parse/limits.js';
import { readCalendar } from './parse/read-calendar.js';

export type { ImportContext };

/** One calendar to import, and how its words map to the town's. */
export interface CalendarImport extends EventsImport {
  text: string;
}

/** Imports an iCalendar file (a feed's or a file's) into the town's events (`importEvents`). */
export async function importCalendar(
  ctx: ImportContext,
  input: CalendarImport,
): Promise<FeedImport> {
  assertCalendarSize(new TextEncoder().encode(input.text).byteLength);
  return importEvents(ctx, input, readCalendar(input.text, { timeZone: ctx.timeZone }));
}
