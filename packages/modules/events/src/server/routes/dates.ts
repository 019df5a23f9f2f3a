import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { eventDatePageSchema } from '../../api/event-date.js';
import type { EventsConfig } from '../../config.js';
import { type DatesQuery, datesQuerySchema, daysOf } from '../dates/filter.js';
import { listDates } from '../dates/list.js';
import { routeContext } from './context.js';

/** Residents' lists: today, this weekend, what is coming, or any days; with their filters. */
export function dateRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const { timeZone, now } = routeContext(ctx);
  app.get(
    '/dates',
    describeRoute({
      summary: 'The dates of published events in a span of days, earliest first',
      description:
        '`when=today`, `weekend` (Saturday and Sunday) or `upcoming`, or `from`/`to` (local days, at most 400). Filters: `category` (ids, comma-separated), `venue`, `free`, `stepFree`, `q` (words in title, description or place). Pages of `limit` dates; `next` is the `after` of the following page.',
      tags: ['events'],
      publicContent: true,
      query: datesQuerySchema,
      responses: {
        200: { description: 'One page of dates.', schema: eventDatePageSchema },
        400: { description: 'A parameter is invalid (`validation_failed`, `field` names it).' },
      },
    }),
    async (c) => {
      const query = validated<DatesQuery>(c, 'query');
      const days = daysOf(query, now(), timeZone);
      return c.json(await listDates(ctx.db, days, query, { config: ctx.config, timeZone }));
    },
  );
  return app;
}
