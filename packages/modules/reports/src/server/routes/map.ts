import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import {
  type ReportMapQuery,
  reportMapQuerySchema,
  reportMapSchema,
} from '../../api/report-map.js';
import type { ReportsConfig } from '../../config.js';
import { reportMap } from '../map/clusters.js';

/** The public map: published reports in an area, clustered for the zoom level. */
export function mapRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  app.get(
    '/map',
    describeRoute({
      summary: 'Published reports on the map, clustered by zoom level',
      description:
        'One item per cell of 60 × 60 screen pixels: the report when the cell holds one, else a cluster with its count, centre and `bbox`. Filter by status and category like the list. The area may be at most 4096 × 4096 pixels at the zoom asked (`reports_map_area_too_large`), the zoom 8 to 19 (`reports_map_zoom`).',
      tags: ['reports'],
      publicContent: true,
      query: reportMapQuerySchema,
      responses: {
        200: { description: 'The markers and clusters.', schema: reportMapSchema },
        400: { description: 'A field is malformed or out of range; `field` names it.' },
      },
    }),
    async (c) => c.json(await reportMap(ctx.db, validated<ReportMapQuery>(c, 'query'))),
  );
  return app;
}
