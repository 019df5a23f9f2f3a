import { type CityEnv, describeRoute, type ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import { staffColleagueListSchema } from '../../api/staff-colleagues.js';
import type { ReportsConfig } from '../../config.js';
import { REPORTS_ROLE } from '../../meta.js';

/** Whom a report can be given to, for the report's assignment and the inbox filter. */
export function staffColleagueRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/admin/colleagues',
    describeRoute({
      summary: 'The active staff with the reports role (and administrators), by name',
      tags: ['reports (staff)'],
      role: REPORTS_ROLE,
      responses: { 200: { description: 'All of them.', schema: staffColleagueListSchema } },
    }),
    async (c) => c.json({ items: (await ctx.staff?.holders(REPORTS_ROLE)) ?? [] }),
  );
  return app;
}
