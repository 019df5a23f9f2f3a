import { defineServerModule } from '@city-app/server';
import type { WasteConfig } from '../config.js';
import manifest from '../index.js';
import { announceChangesJob } from './changes/announce.js';
import { forgetGoneFollowsJob } from './follows/forget-gone.js';
import { migrations } from './migrations.js';
import { remindersJob } from './reminders/send.js';
import { wasteRoutes } from './routes/index.js';

/** The server part of the waste calendar: its tables and its API under `/api/waste`. */
export default defineServerModule<WasteConfig>({
  manifest,
  migrations,
  routes: wasteRoutes,
  jobs: [remindersJob, announceChangesJob, forgetGoneFollowsJob],
});
