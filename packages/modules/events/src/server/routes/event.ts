import { errors } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { eventDetailSchema } from '../../api/event-detail.js';
import type { EventsConfig } from '../../config.js';
import { readEventDetail } from '../events/detail.js';
import { routeContext } from './context.js';

export const eventParams = z.strictObject({ id: z.uuid() });
export const notFound = () => errors.notFound({ de: 'Die Veranstaltung', en: 'The event' });

/** An event's page: what, where, who, and every coming date. */
export function eventRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const route = routeContext(ctx);
  app.get(
    '/events/:id',
    describeRoute({
      summary: 'A published event with its venue, organiser, coming dates and JSON-LD',
      tags: ['events'],
      publicContent: true,
      params: eventParams,
      responses: {
        200: { description: 'The event.', schema: eventDetailSchema },
        404: { description: 'No published event with this id (`not_found`).' },
      },
    }),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const url = new URL(`${ctx.manifest.path}/${id}`, new URL(c.req.url).origin).href;
      const detail = await readEventDetail(ctx.db, id, {
        config: ctx.config,
        timeZone: route.timeZone,
        town: route.town,
        now: route.now(),
        url,
      });
      if (!detail) throw notFound();
      return c.json(detail);
    },
  );
  return app;
}
