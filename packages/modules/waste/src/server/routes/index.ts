import type { CityEnv, ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import type { WasteConfig } from '../../config.js';
import { calendarFeedRoutes } from './calendar-feed.js';
import { followRoutes } from './follows.js';
import { importRoutes } from './import.js';
import { locationRoutes } from './locations.js';
import { mappingRoutes } from './mappings.js';
import { sampleRoutes } from './samples.js';
import { sourceRoutes } from './sources.js';
import { staffLocationRoutes } from './staff-locations.js';
import { staffPickupRoutes } from './staff-pickups.js';
import { staffTourRoutes } from './staff-tours.js';
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
      .route('/', locationRoutes(ctx))
      .route('/', calendarFeedRoutes(ctx))
      .route('/', followRoutes(ctx))
      // staff: import
      .route('/', importRoutes(ctx))
      .route('/', mappingRoutes(ctx))
      .route('/', sourceRoutes(ctx))
      // staff: manual edits of streets, tours and pickups
      .route('/', staffLocationRoutes(ctx))
      .route('/', staffTourRoutes(ctx))
      .route('/', staffPickupRoutes(ctx))
      .route('/', sampleRoutes(ctx))
  );
}
