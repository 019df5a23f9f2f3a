import { defineServerModule } from '@city-app/server';
import type { EventsConfig } from '../config.js';
import manifest from '../index.js';
import { syncSourcesJob } from './feeds/job.js';
import { followDigestJob } from './follows/digest.js';
import { forgetJob } from './follows/forget.js';
import { eventsImporters } from './import/importers.js';
import { migrations } from './migrations.js';
import { eventDates } from './my-dates.js';
import { extendOccurrencesJob } from './occurrences/extend-job.js';
import { remindersJob } from './reminders/send.js';
import { eventsRoutes } from './routes/index.js';
import { seedEvents } from './seed/index.js';
import { forgetSubmissionsJob } from './submissions/cleanup.js';

/**
 * The server part of the events module: its tables, its API under `/api/events`, its
 * starting events, reminders of marked dates and news of followed categories, and the daily
 * job that writes out the dates entering the coming months.
 */
export default defineServerModule<EventsConfig>({
  manifest,
  migrations,
  routes: eventsRoutes,
  seed: (ctx) => seedEvents(ctx),
  // The dates an installation marked appear in "Meine Termine".
  dates: { forInstallation: eventDates },
  jobs: [
    extendOccurrencesJob,
    syncSourcesJob,
    remindersJob,
    followDigestJob,
    forgetJob,
    forgetSubmissionsJob,
  ],
  importers: eventsImporters,
});

// For what builds on the module's dates (the benchmark's baseline, other modules' listings).
export { type DateWindow, occurrencesOf } from '../series/expand.js';
export type { Occurrence, Schedule, ScheduleException } from '../series/schedule.js';
export { writeOccurrences } from './occurrences/materialize.js';
export { occurrenceWindow } from './occurrences/window.js';
