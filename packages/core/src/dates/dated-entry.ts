import { z } from 'zod';

const localized = z.object({ de: z.string().min(1).max(300), en: z.string().max(300).optional() });
const instant = z.iso.datetime({ offset: true });
const localDate = z.iso.date();

export const datedEntryFields = {
  /** Stable within the module: the same booking keeps its id, so calendars update it. */
  id: z.string().regex(/^[A-Za-z0-9._:-]{1,120}$/),
  title: localized,
  start: z.union([instant, localDate]),
  end: z.union([instant, localDate]).optional(),
  allDay: z.boolean().optional(),
  location: z.string().min(1).max(300).optional(),
  /** The app path of the module's screen that shows it (may hold the entry's private link). */
  path: z.string().regex(/^\/[^\s]{0,500}$/),
  status: z.enum(['confirmed', 'tentative', 'cancelled']),
  /** A short word on where it stands beyond the status, e.g. "Warteliste, Platz 2". */
  detail: localized.optional(),
};

/** Start and end as `allDay` says (instants or local dates), the end after the start. */
export function withDatedTimes<
  T extends z.ZodType<{ start: string; end?: string | undefined; allDay?: boolean | undefined }>,
>(schema: T) {
  return schema
    .refine((e) => (e.allDay ? localDate : instant).safeParse(e.start).success, {
      path: ['start'],
    })
    .refine(
      (e) =>
        e.end === undefined ||
        ((e.allDay ? localDate : instant).safeParse(e.end).success &&
          (e.allDay ? e.end > e.start : Date.parse(e.end) > Date.parse(e.start))),
      { path: ['end'] },
    );
}

/**
 * One dated entry a module contributes to a resident's "Meine Termine" (a booking, a course
 * place, a bin pickup, a followed event, a council meeting). The kernel checks every entry a
 * module returns against this schema, so a module's mistake drops one entry, not the list.
 *
 * Times: `start`/`end` are instants (ISO 8601 with offset); with `allDay` they are the town's
 * local dates (`YYYY-MM-DD`), `end` exclusive as in iCalendar. `status` uses iCalendar's words
 * so a calendar app can strike a cancelled entry instead of losing it silently.
 */
export const datedEntrySchema = withDatedTimes(z.object(datedEntryFields));

export type DatedEntry = z.output<typeof datedEntrySchema>;
export type DatedEntryStatus = DatedEntry['status'];

/** An entry as the kernel serves it: with the module it came from. */
export interface MyDate extends DatedEntry {
  module: { id: string; title: { de: string; en?: string } };
}
