import { z } from 'zod';
import { WASTE_ICONS } from './types/waste-type.js';

/** What `GET /api/waste` answers: the waste types and the state of the calendar as a whole. */
export const calendarSummarySchema = z.object({
  authority: z.string(),
  types: z.array(
    z.object({
      id: z.string(),
      name: z.object({ de: z.string(), en: z.string() }),
      colour: z.string(),
      icon: z.enum(WASTE_ICONS),
    }),
  ),
  /** True until staff import the authority's dates: the dates shown are samples. */
  sample: z.boolean(),
  /** The first and the last date with a pickup, or null without any. */
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  locations: z.number().int(),
});
export type CalendarSummary = z.output<typeof calendarSummarySchema>;
