import type { ScheduledJob } from '@city-app/server';
import type { WasteConfig } from '../../config.js';
import { syncDueSources } from './sources/sync.js';

/**
 * Imports the calendars at the sources' addresses again. The job looks every hour; each
 * source is fetched when the town's `syncEvery` has passed since its last check.
 */
export const importJobs: ScheduledJob<WasteConfig>[] = [
  {
    name: 'sync-sources',
    title: {
      de: 'Abfuhrkalender abrufen',
      en: 'Fetch the collection calendars',
    },
    kind: 'import',
    every: '1 hour',
    run: (ctx, { dueAt, signal }) => syncDueSources(ctx, { dueAt, signal }),
  },
];
