import { z } from 'zod';
import { type Category, categorySchema, DEFAULT_CATEGORIES } from './categories/category.js';

/** The events module's options under `modules.events` in the town config. */
export const eventsConfigSchema = z
  .strictObject({
    categories: z
      .array(categorySchema)
      .min(1)
      .max(30)
      .default(DEFAULT_CATEGORIES)
      .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
        message: 'Each category id may appear only once.',
      })
      .describe('The kinds of events residents filter by and follow, in the order they see them.'),
    followDaysBefore: z
      .number()
      .int()
      .min(1)
      .max(30)
      .default(7)
      .describe(
        'Residents who follow a category hear of a new event this many days before it (they may choose otherwise).',
      ),
    syncEvery: z
      .enum(['1 hour', '6 hours', '12 hours', 'day'])
      .default('6 hours')
      .describe('How often the subscribed iCalendar feeds are read again.'),
  })
  .describe('Events: what is on in town, with series, submissions by clubs and iCalendar feeds.');

export type EventsConfig = z.output<typeof eventsConfigSchema>;

/** The category with this id, if the town has it. */
export function categoryOf(
  config: Pick<EventsConfig, 'categories'>,
  id: string,
): Category | undefined {
  return config.categories.find((c) => c.id === id);
}
