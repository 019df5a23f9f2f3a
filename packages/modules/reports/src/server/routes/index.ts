import type { CityEnv, ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import type { ReportsConfig } from '../../config.js';
import { followRoutes } from './follows.js';
import { mapRoutes } from './map.js';
import { publicRoutes } from './public.js';
import { staffApiKeyRoutes } from './staff-api-keys.js';
import { staffColleagueRoutes } from './staff-colleagues.js';
import { staffDepartmentRoutes } from './staff-departments.js';
import { staffFigureRoutes } from './staff-figures.js';
import { staffForwardingRoutes } from './staff-forwarding.js';
import { staffPhotoRoutes } from './staff-photo.js';
import { staffReportRoutes } from './staff-reports.js';
import { staffTemplateRoutes } from './staff-templates.js';
import { submitRoutes } from './submit.js';

/**
 * The reports API under `/api/reports`: one router per concept, each with its full paths.
 * Staff first, so `/admin/…` is never read as a report's number, and the map before the
 * published reports, so `/map` is not either.
 */
export function reportsRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  return (
    new Hono<CityEnv>()
      // staff
      .route('/', staffReportRoutes(ctx))
      .route('/', staffTemplateRoutes(ctx))
      .route('/', staffFigureRoutes(ctx))
      .route('/', staffApiKeyRoutes(ctx))
      .route('/', staffForwardingRoutes(ctx))
      .route('/', staffPhotoRoutes(ctx))
      .route('/', staffDepartmentRoutes(ctx))
      .route('/', staffColleagueRoutes(ctx))
      // residents
      .route('/', submitRoutes(ctx))
      .route('/', mapRoutes(ctx))
      .route('/', publicRoutes(ctx))
      .route('/', followRoutes(ctx))
  );
}
