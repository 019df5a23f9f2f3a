import { defineServerModule } from '@city-app/server';
import type { WasteConfig } from '../config.js';
import manifest from '../index.js';
import { wasteDates } from './dates.js';
import { migrations } from './migrations.js';
import { wasteRoutes } from './routes/index.js';

/** The server part of the waste calendar: its tables and its API under `/api/waste`. */
export default defineServerModule<WasteConfig>({
  manifest,
  migrations,
  routes: wasteRoutes,
  // The pickups an installation follows appear in "Meine Termine".
  dates: { forInstallation: wasteDates },
});
