import type { CityEnv, ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import type { SurveysConfig } from '../../config.js';
import { ballotRoutes } from './ballots.js';
import { commentRoutes } from './comments.js';
import { publicRoutes } from './public.js';
import { staffCommentRoutes } from './staff-comments.js';
import { staffSurveyRoutes } from './staff-surveys.js';

/** The surveys API under `/api/surveys`: one router per concept, residents' first. */
export function surveysRoutes(ctx: ModuleServerContext<SurveysConfig>): Hono<CityEnv> {
  return new Hono<CityEnv>()
    .route('/', publicRoutes(ctx))
    .route('/', ballotRoutes(ctx))
    .route('/', commentRoutes(ctx))
    .route('/', staffSurveyRoutes(ctx))
    .route('/', staffCommentRoutes(ctx));
}
