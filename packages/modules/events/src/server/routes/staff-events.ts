import { plainText } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { type EventInput, eventInputSchema } from '../../api/event-input.js';
import { EVENT_STATUSES, staffEventListSchema, staffEventSchema } from '../../api/staff-event.js';
import type { EventsConfig } from '../../config.js';
import { eventRecord } from '../events/record.js';
import { createEvent, updateEvent } from '../events/save.js';
import { listStaffEvents, readStaffEvent, type StaffListQuery } from '../events/staff-read.js';
import { routeContext } from './context.js';
import { eventParams, notFound } from './event.js';
import { refusals, staffRoute } from './staff-describe.js';

/**
 * A change of an event: the input, and `keepRule` to leave a rule the form cannot show (one an
 * import wrote) as it is. Without it, no `repeat` makes the event one date.
 */
const eventChangeSchema = eventInputSchema.extend({ keepRule: z.literal(true).optional() });
type EventChange = EventInput & { keepRule?: true };

const listQuery = z.strictObject({
  status: z.enum(EVENT_STATUSES).optional(),
  category: z.string().max(31).optional(),
  q: plainText().trim().max(80).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** Staff keep the calendar: list, write, change and remove events, call one off entirely. */
export function staffEventRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const route = routeContext(ctx);
  const save = () => ({ timeZone: route.timeZone, now: route.now() });
  const read = async (id: string) => {
    const event = await readStaffEvent(ctx.db, id, save());
    if (!event) throw notFound();
    return event;
  };
  const one = { 200: { description: 'The event as it is now.', schema: staffEventSchema } };

  app.get(
    '/admin/events',
    describeRoute(
      staffRoute({
        summary: 'Every event, the next ones first, 50 per page',
        query: listQuery,
        responses: {
          200: { description: 'A page of events.', schema: staffEventListSchema },
          ...refusals,
        },
      }),
    ),
    async (c) => {
      const query = validated<StaffListQuery>(c, 'query');
      return c.json(await listStaffEvents(ctx.db, query, { config: ctx.config, now: route.now() }));
    },
  );

  app.post(
    '/admin/events',
    describeRoute(
      staffRoute({
        summary: 'Publish a new event, one date or a series',
        body: eventInputSchema,
        responses: { 201: { description: 'Published.', schema: staffEventSchema }, ...refusals },
      }),
    ),
    async (c) => {
      const record = eventRecord(validated<EventInput>(c, 'body'), ctx.config);
      const id = await ctx.db.transaction((tx) =>
        createEvent(tx, record, { status: 'published' }, save()),
      );
      return c.json(await read(id), 201);
    },
  );

  app.get(
    '/admin/events/:id',
    describeRoute(
      staffRoute({
        summary: 'One event with its dates',
        params: eventParams,
        responses: { ...one, ...refusals },
      }),
    ),
    async (c) => c.json(await read(validated<{ id: string }>(c, 'params').id)),
  );

  app.put(
    '/admin/events/:id',
    describeRoute(
      staffRoute({
        summary: 'Change an event; its dates follow the new rule',
        description:
          'Without `repeat` the event becomes one date, unless `keepRule` is true: then a rule the form cannot show (one an import wrote) stays as it is.',
        params: eventParams,
        body: eventChangeSchema,
        responses: { ...one, ...refusals },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const { keepRule, ...input } = validated<EventChange>(c, 'body');
      const found = await ctx.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ rrule: string | null }>(
          'SELECT rrule FROM events_events WHERE id = $1 FOR UPDATE',
          [id],
        );
        if (!rows[0]) return false;
        const kept = keepRule && !input.repeat ? rows[0].rrule : null;
        const record = eventRecord(input, ctx.config, kept ? { rrule: kept } : {});
        return updateEvent(tx, id, record, save());
      });
      if (!found) throw notFound();
      return c.json(await read(id));
    },
  );

  app.delete(
    '/admin/events/:id',
    describeRoute(
      staffRoute({
        summary: 'Remove an event with all its dates',
        description: 'To tell residents it does not take place, cancel it instead.',
        params: eventParams,
        responses: { 204: { description: 'Removed.' }, ...refusals },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const { rowCount } = await ctx.db.query('DELETE FROM events_events WHERE id = $1', [id]);
      if (!rowCount) throw notFound();
      return c.body(null, 204);
    },
  );

  for (const [action, cancelled] of [
    ['cancel', true],
    ['reinstate', false],
  ] as const) {
    app.post(
      `/admin/events/:id/${action}`,
      describeRoute(
        staffRoute({
          summary: cancelled
            ? 'Call the whole event off: every date shows as cancelled'
            : 'Take the cancellation of the whole event back',
          params: eventParams,
          responses: { ...one, ...refusals },
        }),
      ),
      async (c) => {
        const { id } = validated<{ id: string }>(c, 'params');
        const { rowCount } = await ctx.db.query(
          'UPDATE events_events SET cancelled = $2, updated_at = now() WHERE id = $1',
          [id, cancelled],
        );
        if (!rowCount) throw notFound();
        return c.json(await read(id));
      },
    );
  }
  return app;
}
