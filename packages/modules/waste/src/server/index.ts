import { defineServerModule } from '@city-app/server';
import type { WasteConfig } from '../config.js';
import manifest from '../index.js';
import { wasteImporters } from './import/importers.js';
import { importJobs } from './import/jobs.js';
import { migrations } from './migrations.js';
import { wasteRoutes } from './routes/index.js';

/** The server part of the waste calendar: its tables and its API under `/api/waste`. */
export default defineServerModule<WasteConfig>({
  manifest,
  migrations,
  routes: wasteRoutes,
  jobs: [...importJobs],
  importers: wasteImporters,
});
