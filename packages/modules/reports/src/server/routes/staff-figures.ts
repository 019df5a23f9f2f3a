import { localDate, localeFromAcceptLanguage } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { figuresSchema } from '../../api/staff-report.js';
import type { ReportsConfig } from '../../config.js';
import { REPORTS_ROLE } from '../../meta.js';
import { exportCsv } from '../staff/export.js';
import { figures } from '../staff/figures.js';

const tags = ['reports (staff)'];
const role = REPORTS_ROLE;
const figuresQuery = z.strictObject({ department: z.string().min(1).max(31).optional() });
const exportQuery = figuresQuery.extend({
  from: localDate().optional().describe('Reports from this day on (YYYY-MM-DD).'),
  to: localDate().optional().describe('Reports up to and including this day.'),
});

/** What the town hall reports on: figures, and every report as a spreadsheet. */
export function staffFigureRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/admin/figures',
    describeRoute({
      summary: 'Open reports, by status, waiting for review, and the median days to fixed',
      tags,
      role,
      query: figuresQuery,
      responses: { 200: { description: 'The figures.', schema: figuresSchema } },
    }),
    async (c) => {
      const { department } = validated<z.output<typeof figuresQuery>>(c, 'query');
      return c.json(await figures(ctx.db, department));
    },
  );

  app.get(
    '/admin/export.csv',
    describeRoute({
      summary: 'The reports as CSV (semicolons, UTF-8), without contact data',
      tags,
      role,
      query: exportQuery,
      responses: { 200: { description: 'The spreadsheet.', contentType: 'text/csv' } },
    }),
    async (c) => {
      const filter = validated<z.output<typeof exportQuery>>(c, 'query');
      const locale = localeFromAcceptLanguage(c.req.header('accept-language'));
      const csv = await exportCsv(ctx.db, ctx.config, filter, locale);
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="maengelmelder.csv"',
        'Cache-Control': 'private, no-store',
      });
    },
  );
  return app;
}
