import {
  type CityEnv,
  describeRoute,
  KeptAnswers,
  type ModuleServerContext,
  prepareAnswer,
  sendPrepared,
  validated,
} from '@city-app/server';
import { Hono } from 'hono';
import { eventDatePageSchema } from '../../api/event-date.js';
import type { EventsConfig } from '../../config.js';
import { eventsVersion } from '../dates/changes.js';
import { type DatesQuery, datesQuerySchema, daysOf } from '../dates/filter.js';
import { listDates } from '../dates/list.js';
import { routeContext } from './context.js';

/** Pages kept per process: the home widget's, the lists' first pages and their filters. */
const KEPT_PAGES = 48;

/** Residents' lists: today, this weekend, what is coming, or any days; with their filters. */
export function dateRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const { timeZone, now } = routeContext(ctx);
  // A page depends on its days, its filters and the data; it is built again only when the
  // data's version has moved (a write in any process moves it in the same transaction).
  const kept = new KeptAnswers(KEPT_PAGES);
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
      const version = await eventsVersion(ctx.db);
      const key = JSON.stringify([days.from, days.to, query]);
      let page = kept.get(key, version);
      if (!page) {
        page = prepareAnswer(
          await listDates(ctx.db, days, query, { config: ctx.config, timeZone }),
        );
        kept.set(key, version, page);
      }
      return sendPrepared(c, page);
    },
  );
  return app;
}
