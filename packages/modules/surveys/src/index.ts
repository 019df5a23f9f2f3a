import { defineModule } from '@city-app/core';
import { surveysConfigSchema } from './config.js';
import { meta } from './meta.js';

/** The surveys module's manifest, for the kernel, the CLI and the web shell. */
const manifest = defineModule({ ...meta, configSchema: surveysConfigSchema });

export default manifest;

export type { BallotInput, CastResult } from './api/ballot.js';
export type { PublicSurvey, SurveyResults, SurveySummary } from './api/survey.js';
export type { StaffSurvey, SurveyInput } from './api/survey-input.js';
export { type SurveysConfig, surveysConfigSchema } from './config.js';
export { meta, SURVEYS_ROLE } from './meta.js';
