import type { CityEnv, ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import type { CouncilConfig } from '../../config.js';
import { followRoutes } from './follows.js';
import { meetingRoutes } from './meetings.js';
import { paperRoutes } from './papers.js';
import { wordRoutes } from './words.js';

/** The council API under `/api/council`: one router per concept. */
export function councilRoutes(ctx: ModuleServerContext<CouncilConfig>): Hono<CityEnv> {
  return new Hono<CityEnv>()
    .route('/', meetingRoutes(ctx))
    .route('/', paperRoutes(ctx))
    .route('/', followRoutes(ctx))
    .route('/', wordRoutes(ctx));
}
