import { defineServerModule } from '@city-app/server';
import type { SurveysConfig } from '../config.js';
import manifest from '../index.js';
import { expireVotesJob } from './ballots/expire.js';
import { migrations } from './migrations.js';
import { surveysRoutes } from './routes/index.js';
import { surveyClockJob } from './surveys/jobs.js';

/**
 * The server part of the surveys module: its tables, its API under `/api/surveys`, and the
 * clock that opens (announcing to "Beteiligung") and closes (anonymising) surveys on time.
 */
export default defineServerModule<SurveysConfig>({
  manifest,
  migrations,
  routes: surveysRoutes,
  jobs: [surveyClockJob, expireVotesJob],
});

export { surveyClock } from './surveys/jobs.js';
export { closeSurvey } from './surveys/lifecycle.js';
