import { defineServerModule } from '@city-app/server';
import type { EventsConfig } from '../config.js';
import manifest from '../index.js';
import { syncSourcesJob } from './feeds/job.js';
import { eventsImporters } from './import/importers.js';
import { migrations } from './migrations.js';
import { extendOccurrencesJob } from './occurrences/extend-job.js';
import { eventsRoutes } from './routes/index.js';

/**
 * The server part of the events module: its tables, its API under `/api/events`, and the
 * daily job that writes out the dates entering the coming months.
 */
export default defineServerModule<EventsConfig>({
  manifest,
  migrations,
  routes: eventsRoutes,
  jobs: [extendOccurrencesJob, syncSourcesJob],
  importers: eventsImporters,
});
