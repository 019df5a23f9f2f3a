import type { ScheduledJob } from '@city-app/server';
import type { EventsConfig } from '../../config.js';
import { extendOccurrences } from './materialize.js';
import { occurrenceWindow } from './window.js';

/**
 * Every night the window of written-out dates moves on a day: series gain the dates that
 * entered it, and dates long past leave; the tables' statistics are renewed. Idempotent:
 * a second run writes nothing new.
 */
export const extendOccurrencesJob: ScheduledJob<EventsConfig> = {
  name: 'extend-dates',
  title: {
    de: 'Termine von Serien fortschreiben',
    en: 'Extend the dates of series',
  },
  at: '03:20',
  lateByMinutes: 24 * 60,
  async run(ctx, due) {
    const window = occurrenceWindow(due.dueAt, ctx.city.timezone);
    const counts = await ctx.db.transaction((tx) =>
      extendOccurrences(tx, window, ctx.city.timezone),
    );
    // The embedded database has no autovacuum: fresh statistics keep the lists on their index.
    await ctx.db.query('ANALYZE events_occurrences, events_events');
    return counts;
  },
};
