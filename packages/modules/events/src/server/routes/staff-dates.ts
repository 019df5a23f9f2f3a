import { localDate } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { cancelDateSchema, type MoveDateInput, moveDateSchema } from '../../api/event-input.js';
import { staffEventSchema } from '../../api/staff-event.js';
import type { EventsConfig } from '../../config.js';
import { cancelDate, moveDate, restoreDate } from '../events/exceptions.js';
import { readStaffEvent } from '../events/staff-read.js';
import { routeContext } from './context.js';
import { notFound } from './event.js';
import { refusals, staffRoute } from './staff-describe.js';

const dateParams = z.strictObject({ id: z.uuid(), date: localDate() });
type DateTarget = z.output<typeof dateParams>;

/** Staff change one date of a series: call it off, move it, or put it back as the rule says. */
export function staffDateRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const route = routeContext(ctx);
  const save = () => ({ timeZone: route.timeZone, now: route.now() });
  const answer = async (id: string) => {
    const event = await readStaffEvent(ctx.db, id, save());
    if (!event) throw notFound();
    return event;
  };
  const responses = {
    200: { description: 'The event as it is now.', schema: staffEventSchema },
    ...refusals,
    404: { description: 'No such event, or it has no date then (`events_date_unknown`).' },
  };

  app.post(
    '/admin/events/:id/dates/:date/cancel',
    describeRoute(
      staffRoute({
        summary: 'Call off one date of an event (residents see it struck through)',
        params: dateParams,
        body: cancelDateSchema,
        responses,
      }),
    ),
    async (c) => {
      const { id, date } = validated<DateTarget>(c, 'params');
      const { note } = validated<{ note?: string }>(c, 'body');
      await ctx.db.transaction((tx) => cancelDate(tx, id, date, note, save()));
      return c.json(await answer(id));
    },
  );

  app.post(
    '/admin/events/:id/dates/:date/move',
    describeRoute(
      staffRoute({
        summary: 'Move one date of an event to another day, optionally at other times',
        params: dateParams,
        body: moveDateSchema,
        responses: {
          ...responses,
          409: { description: 'The event takes place that day already (`events_date_taken`).' },
        },
      }),
    ),
    async (c) => {
      const { id, date } = validated<DateTarget>(c, 'params');
      const body = validated<MoveDateInput>(c, 'body');
      await ctx.db.transaction((tx) => moveDate(tx, id, date, body, save()));
      return c.json(await answer(id));
    },
  );

  app.delete(
    '/admin/events/:id/dates/:date',
    describeRoute(
      staffRoute({
        summary: 'Put one date back as the rule gives it (undo a cancellation or a move)',
        params: dateParams,
        responses,
      }),
    ),
    async (c) => {
      const { id, date } = validated<DateTarget>(c, 'params');
      await ctx.db.transaction((tx) => restoreDate(tx, id, date, save()));
      return c.json(await answer(id));
    },
  );
  return app;
}
