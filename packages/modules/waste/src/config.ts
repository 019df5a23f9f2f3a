import { timeOfDay } from '@city-app/core';
import { z } from 'zod';
import { DEFAULT_WASTE_TYPES, wasteTypeSchema } from './types/waste-type.js';

/** The waste calendar's options under `modules.waste` in the town config. */
export const wasteConfigSchema = z
  .strictObject({
    types: z
      .array(wasteTypeSchema)
      .min(1)
      .max(20)
      .default(DEFAULT_WASTE_TYPES)
      .refine((list) => new Set(list.map((t) => t.id)).size === list.length, {
        message: 'Each waste type id may appear only once.',
      })
      .describe('The waste types the authority collects, in the order residents see them.'),
    eveningReminder: timeOfDay()
      .default('18:00')
      .describe('Suggested time of the reminder the evening before a pickup (local time).'),
    morningReminder: timeOfDay()
      .default('05:30')
      .describe('Suggested time of the reminder on the morning of a pickup (local time).'),
    collectionStartsAt: timeOfDay()
      .default('06:00')
      .describe(
        'When the bins must be out on a pickup day; a reminder not delivered by then is dropped.',
      ),
    reminderSpreadSeconds: z
      .number()
      .int()
      .min(0)
      .max(900)
      .default(120)
      .describe(
        'Reminders due at the same minute are sent spread over this many seconds, so thousands of phones do not wake the server at once.',
      ),
    syncEvery: z
      .enum(['1 hour', '6 hours', '12 hours', 'day'])
      .default('6 hours')
      .describe('How often the calendars at the sources’ addresses are imported again.'),
    authority: z
      .string()
      .trim()
      .min(2)
      .max(120)
      .default('Abfallwirtschaft des Landkreises')
      .describe('Who collects the waste; named on the calendar pages.')
      .meta({ prompt: true, title: 'Wer holt den Abfall ab (Name des Entsorgers)?' }),
  })
  .describe('Waste calendar: pickups per street, reminders, import of the authority’s calendars.');

export type WasteConfig = z.output<typeof wasteConfigSchema>;
