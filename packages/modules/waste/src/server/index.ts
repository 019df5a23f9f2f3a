import { defineServerModule } from '@city-app/server';
import type { WasteConfig } from '../config.js';
import manifest from '../index.js';
import { announceChangesJob } from './changes/announce.js';
import { wasteDates } from './dates.js';
import { forgetGoneFollowsJob } from './follows/forget-gone.js';
import { wasteImporters } from './import/importers.js';
import { IMPORT_BODY_BYTES } from './import/input.js';
import { importJobs } from './import/jobs.js';
import { migrations } from './migrations.js';
import { remindersJob } from './reminders/send.js';
import { wasteRoutes } from './routes/index.js';
import { seedWaste } from './seed/index.js';

/**
 * The server part of the waste calendar: its tables, its API under `/api/waste`, its
 * starting calendar with sample dates, the import of the authority's files, reminders and
 * announced changes.
 */
export default defineServerModule<WasteConfig>({
  manifest,
  migrations,
  routes: wasteRoutes,
  // The authority's file (up to 5 MB, as base64) is larger than the kernel's 1 MiB.
  bodyLimits: [{ method: 'POST', path: '/admin/import', maxBytes: IMPORT_BODY_BYTES }],
  // The pickups an installation follows appear in "Meine Termine".
  dates: { forInstallation: wasteDates },
  seed: seedWaste,
  jobs: [...importJobs, remindersJob, announceChangesJob, forgetGoneFollowsJob],
  importers: wasteImporters,
});
