import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { publicIdParamsSchema } from '../../api/public-id.js';
import {
  type NearbyQuery,
  nearbyListSchema,
  nearbyQuerySchema,
  type PublicListQuery,
  publicListQuerySchema,
  publicReportDetailSchema,
  publicReportPageSchema,
} from '../../api/public-report.js';
import { REPORT_ICONS } from '../../categories/category.js';
import type { ReportsConfig } from '../../config.js';
import { readPhoto } from '../photos/read.js';
import { listPublicReports, nearbyReports, readPublicReport } from '../reports/public-read.js';

const tags = ['reports'];
type Params = { publicId: string };

const categoryListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.object({ de: z.string(), en: z.string() }),
      icon: z.enum(REPORT_ICONS),
    }),
  ),
});

/** What anyone may read: the categories, published reports, open ones nearby, released photos. */
export function publicRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/categories',
    describeRoute({
      summary: 'What residents can report, in the town’s order',
      tags,
      publicContent: true,
      responses: { 200: { description: 'The categories.', schema: categoryListSchema } },
    }),
    (c) =>
      c.json({
        items: ctx.config.categories.map(({ id, title, icon }) => ({ id, title, icon })),
      }),
  );

  app.get(
    '/',
    describeRoute({
      summary: 'Published reports, newest first',
      description: 'Filter by status, category and a bounding box (`bbox=west,south,east,north`).',
      tags,
      publicContent: true,
      query: publicListQuerySchema,
      responses: {
        200: { description: 'One page.', schema: publicReportPageSchema },
        400: { description: 'A filter is malformed; `field` names it.' },
      },
    }),
    async (c) => c.json(await listPublicReports(ctx.db, validated<PublicListQuery>(c, 'query'))),
  );

  app.get(
    '/nearby',
    describeRoute({
      summary: 'Open reports of a category near a point, before a new one is sent',
      description:
        'Within the town’s `nearbyMeters` (150 m unless set), nearest first. Reports waiting for review show only category, status and distance.',
      tags,
      query: nearbyQuerySchema,
      responses: {
        200: { description: 'At most ten.', schema: nearbyListSchema },
        400: { description: 'A field is malformed; `field` names it.' },
      },
    }),
    async (c) => {
      const query = validated<NearbyQuery>(c, 'query');
      c.header('Cache-Control', 'no-store');
      return c.json(await nearbyReports(ctx.db, query, ctx.config.nearbyMeters));
    },
  );

  app.get(
    '/:publicId',
    describeRoute({
      summary: 'A published report with its public history',
      tags,
      publicContent: true,
      params: publicIdParamsSchema,
      responses: {
        200: { description: 'The report.', schema: publicReportDetailSchema },
        404: { description: 'No such report, or not public (`reports_not_found`).' },
      },
    }),
    async (c) => c.json(await readPublicReport(ctx.db, validated<Params>(c, 'params').publicId)),
  );

  app.get(
    '/:publicId/photo',
    describeRoute({
      summary: 'A published report’s photo, when staff released it',
      tags,
      publicContent: true,
      params: publicIdParamsSchema,
      responses: {
        200: { description: 'The JPEG.', contentType: 'image/jpeg' },
        404: { description: 'No such photo, or not released (`reports_not_found`).' },
      },
    }),
    async (c) => {
      const photo = await readPhoto(ctx.db, validated<Params>(c, 'params').publicId, 'public');
      return c.body(new Uint8Array(photo.bytes), 200, {
        'Content-Type': photo.contentType,
        'Cache-Control': 'public, max-age=300',
      });
    },
  );
  return app;
}
