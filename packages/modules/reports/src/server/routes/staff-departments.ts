import { type CityEnv, describeRoute, type ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import { staffDepartmentListSchema } from '../../api/staff-departments.js';
import type { ReportsConfig } from '../../config.js';
import { REPORTS_ROLE } from '../../meta.js';

/** The town's departments for the staff screens: the inbox filter and moving a report. */
export function staffDepartmentRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/admin/departments',
    describeRoute({
      summary: 'The departments in the town’s order, with the categories each receives',
      tags: ['reports (staff)'],
      role: REPORTS_ROLE,
      responses: { 200: { description: 'All of them.', schema: staffDepartmentListSchema } },
    }),
    (c) =>
      c.json({
        items: ctx.config.departments.map(({ id, name }) => ({
          id,
          name,
          categories: ctx.config.categories.filter((k) => k.department === id).map((k) => k.id),
        })),
      }),
  );
  return app;
}
