import { z } from 'zod';
import { localizedSchema } from './localized.js';

export const DATE_STATUSES = ['scheduled', 'cancelled', 'moved'] as const;

/** One date of an event in a resident's list ("Heute", "Dieses Wochenende", by day). */
export const eventDateSchema = z.object({
  eventId: z.string(),
  /** The date the series gives it: with `eventId` the key of this date. */
  originalDate: z.string(),
  /** The local day it starts on. */
  localDate: z.string(),
  start: z.string(),
  end: z.string().nullable(),
  allDay: z.boolean(),
  status: z.enum(DATE_STATUSES),
  title: localizedSchema,
  category: z.object({ id: z.string(), title: localizedSchema }),
  /** The venue's name, or the place written on the event. */
  place: z.string().nullable(),
  venue: z.object({ id: z.string(), name: z.string(), stepFree: z.boolean() }).nullable(),
  isFree: z.boolean(),
  price: z.string().nullable(),
  image: z.object({ url: z.string(), alt: z.string() }).nullable(),
  /** Whether the event has further dates. */
  series: z.boolean(),
});

export type EventDate = z.output<typeof eventDateSchema>;

/** A page of dates, earliest first; `next` fetches the following page. */
export const eventDatePageSchema = z.object({
  items: z.array(eventDateSchema),
  /** The local days asked for, both included. */
  from: z.string(),
  to: z.string(),
  next: z.string().nullable(),
});

export type EventDatePage = z.output<typeof eventDatePageSchema>;

/** Which days a list covers: today, this weekend (Saturday and Sunday), or from/to. */
export const WHEN = ['today', 'weekend', 'upcoming'] as const;
export type When = (typeof WHEN)[number];
