import { z } from 'zod';
import { eventDateSchema } from './event-date.js';
import { localizedSchema } from './localized.js';

/** The events module at a glance: its categories, the next dates, what is on today and at the weekend. */
export const eventsSummarySchema = z.object({
  categories: z.array(z.object({ id: z.string(), title: localizedSchema })),
  next: z.array(eventDateSchema),
  /** Dates that take place today and this weekend (Saturday and Sunday), cancelled ones not counted. */
  counts: z.object({ today: z.number().int(), weekend: z.number().int() }),
});

export type EventsSummary = z.output<typeof eventsSummarySchema>;
