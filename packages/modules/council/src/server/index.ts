import { defineServerModule } from '@city-app/server';
import type { CouncilConfig } from '../config.js';
import manifest from '../index.js';
import { committeeMeetingDates } from './follows/my-dates.js';
import { councilImporters } from './import/importers.js';
import { syncCouncilJob } from './jobs/sync-job.js';
import { migrations } from './migrations.js';
import { councilRoutes } from './routes/index.js';

/**
 * The server part of the council module: its tables, residents' API under `/api/council`
 * (coming meetings, a meeting's agenda, a paper), the hourly sync of the town's council
 * information system through OParl, and `city-app import council` to sync at once.
 */
export default defineServerModule<CouncilConfig>({
  manifest,
  migrations,
  routes: councilRoutes,
  // The meetings of the committees a device follows appear in "Meine Termine".
  dates: { forInstallation: committeeMeetingDates },
  jobs: [syncCouncilJob],
  importers: councilImporters,
});

export { defaultHttpOptions, type HttpOptions } from './oparl/http.js';
export { type SyncReport, syncSystem } from './sync/sync-system.js';
