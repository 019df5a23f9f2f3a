import type { CityEnv, ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import type { WasteConfig } from '../../config.js';
import { followRoutes } from './follows.js';
import { summaryRoutes } from './summary.js';

/**
 * The waste calendar's API under `/api/waste`: one router per concept, each with its full
 * paths. The order here is the OpenAPI document's.
 */
export function wasteRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  return (
    new Hono<CityEnv>()
      // residents
      .route('/', summaryRoutes(ctx))
      .route('/', followRoutes(ctx))
  );
}
