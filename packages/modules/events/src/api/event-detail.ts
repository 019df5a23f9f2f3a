import { z } from 'zod';
import { DATE_STATUSES } from './event-date.js';
import { localizedSchema } from './localized.js';
import { venueSchema } from './venue.js';

/** One date on an event's page. */
export const detailDateSchema = z.object({
  originalDate: z.string(),
  localDate: z.string(),
  start: z.string(),
  end: z.string().nullable(),
  status: z.enum(DATE_STATUSES),
  /** Staff's word to residents on a cancelled or moved date, e.g. "Wegen Sturmwarnung". */
  note: z.string().nullable(),
});

/** An event's page: every coming date of a series, the venue, the organiser, price and link. */
export const eventDetailSchema = z.object({
  id: z.string(),
  title: localizedSchema,
  description: localizedSchema,
  category: z.object({ id: z.string(), title: localizedSchema }),
  venue: venueSchema.nullable(),
  place: z.string().nullable(),
  organiser: z.object({ name: z.string(), website: z.string().nullable() }).nullable(),
  isFree: z.boolean(),
  price: z.string().nullable(),
  link: z.string().nullable(),
  image: z.object({ url: z.string(), alt: z.string() }).nullable(),
  allDay: z.boolean(),
  /** How the series repeats, in words, e.g. "Jeden 2. Samstag im Monat"; null for one date. */
  repeats: localizedSchema.nullable(),
  /** The whole event was called off. */
  cancelled: z.boolean(),
  /** Coming dates (and today's), earliest first, at most 100. */
  dates: z.array(detailDateSchema),
  /** How many coming dates follow beyond `dates`. */
  moreDates: z.number().int(),
  /** schema.org Event for search engines, with `eventSchedule` for a series. */
  jsonLd: z.record(z.string(), z.unknown()),
  sample: z.boolean(),
});

export type EventDetail = z.output<typeof eventDetailSchema>;
export type DetailDate = z.output<typeof detailDateSchema>;
