import { type CityEnv, describeRoute, type ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import type { WasteConfig } from '../../config.js';
import { type CalendarSummary, calendarSummarySchema } from '../../summary.js';
import { isSample } from '../state.js';

/** `GET /api/waste`: the waste types and the state of the calendar, for every screen. */
export function summaryRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  return new Hono<CityEnv>().get(
    '/',
    describeRoute({
      summary: 'The waste types and the state of the calendar',
      tags: ['waste'],
      publicContent: true,
      responses: {
        200: { description: 'Types in the town’s order.', schema: calendarSummarySchema },
      },
    }),
    async (c) => {
      const { rows } = await ctx.db.query<{ first: string | null; last: string | null; n: number }>(
        `SELECT to_char(min(date), 'YYYY-MM-DD') AS first, to_char(max(date), 'YYYY-MM-DD') AS last,
                (SELECT count(*)::int FROM waste_locations) AS n
           FROM waste_pickups WHERE status = 'scheduled'`,
      );
      const range = rows[0];
      const summary: CalendarSummary = {
        authority: ctx.config.authority,
        types: ctx.config.types.map(({ id, name, colour, icon }) => ({ id, name, colour, icon })),
        sample: await isSample(ctx.db),
        firstDate: range?.first ?? null,
        lastDate: range?.last ?? null,
        locations: range?.n ?? 0,
      };
      return c.json(summary);
    },
  );
}
