import { type CityEnv, describeRoute, type ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import { type EventsSummary, eventsSummarySchema } from '../../api/summary.js';
import type { EventsConfig } from '../../config.js';
import { countDates } from '../dates/count.js';
import { datesQuerySchema, daysOf } from '../dates/filter.js';
import { listDates } from '../dates/list.js';
import { routeContext } from './context.js';

/** How many coming dates the overview carries. */
const NEXT = 5;

/** `GET /api/events`: the module at a glance, as a home card or another app would show it. */
export function summaryRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const { timeZone, now } = routeContext(ctx);
  app.get(
    '/',
    describeRoute({
      summary: 'The categories, the next dates, and how many dates today and this weekend',
      tags: ['events'],
      publicContent: true,
      responses: { 200: { description: 'The overview.', schema: eventsSummarySchema } },
    }),
    async (c) => {
      const at = now();
      const upcoming = datesQuerySchema.parse({ when: 'upcoming', limit: NEXT });
      const page = await listDates(ctx.db, daysOf(upcoming, at, timeZone), upcoming, {
        config: ctx.config,
        timeZone,
      });
      const summary: EventsSummary = {
        categories: ctx.config.categories,
        next: page.items,
        counts: {
          today: await countDates(ctx.db, daysOf({ when: 'today' }, at, timeZone), timeZone),
          weekend: await countDates(ctx.db, daysOf({ when: 'weekend' }, at, timeZone), timeZone),
        },
      };
      return c.json(summary);
    },
  );
  return app;
}
