import { defineServerModule } from '@city-app/server';
import { SUBMIT_BODY_BYTES } from '../api/public-report.js';
import type { ReportsConfig } from '../config.js';
import manifest from '../index.js';
import { forwardJob } from './forwarding/job.js';
import { migrations } from './migrations.js';
import { forgetContactsJob } from './privacy/forget-contacts.js';
import { reportsRoutes } from './routes/index.js';
import { open311Routes } from './routes/open311.js';

/**
 * The server part of the reports module: its tables and its API under `/api/reports`, for
 * residents (report, nearby, follow, the public list) and for staff with the `reports` role,
 * and the Open311 GeoReport v2 server under `/open311`.
 */
export default defineServerModule<ReportsConfig>({
  manifest,
  migrations,
  routes: reportsRoutes,
  // Open311 GeoReport v2 fixes its paths: `/open311/discovery.json`, `/open311/v2/…`.
  rootRoutes: { prefix: '/open311', routes: open311Routes },
  // A report may carry a phone's photo as base64 (at most 15 MB decoded).
  bodyLimits: [{ method: 'POST', path: '/', maxBytes: SUBMIT_BODY_BYTES }],
  jobs: [forgetContactsJob, forwardJob],
});

// The benchmark's baseline clusters in JavaScript on the same grid.
export { CELL_PIXELS, KEPT_CELLS_MAX_ZOOM, pixelX, pixelY } from './map/grid.js';
export { FILL_MAP_CELLS } from './map/kept-cells.js';
export { processPhoto, type StoredPhoto } from './photos/process.js';
