import type { ScheduledJob } from '@city-app/server';
import type { EventsConfig } from '../../config.js';
import { syncDueSources } from './sync.js';

/**
 * Reads the subscribed calendars again. The job looks every quarter of an hour; each calendar
 * is fetched when the town's `syncEvery` has passed since it was last checked, and the app's
 * other modules' dates (a course's new session) are compared on every run. Idempotent per run: a
 * second import of an unchanged calendar writes nothing.
 */
export const syncSourcesJob: ScheduledJob<EventsConfig> = {
  name: 'sync-sources',
  title: {
    de: 'Veranstaltungskalender anderer Stellen abrufen',
    en: 'Fetch the event calendars of other organisers',
  },
  kind: 'import',
  every: '15 minutes',
  run: (ctx, { dueAt, signal }) => syncDueSources(ctx, { dueAt, signal }),
};
