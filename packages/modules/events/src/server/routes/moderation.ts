import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { staffEventSchema } from '../../api/staff-event.js';
import { pendingListSchema, rejectInputSchema } from '../../api/submission.js';
import type { EventsConfig } from '../../config.js';
import { readStaffEvent } from '../events/staff-read.js';
import { publicOrigin } from '../submissions/mail.js';
import { decide, listPending } from '../submissions/moderate.js';
import { routeContext } from './context.js';
import { eventParams, notFound } from './event.js';
import { refusals, staffRoute } from './staff-describe.js';

const notPending = {
  409: {
    description: 'The event is not waiting for a decision (`events_submission_not_pending`).',
  },
};

/**
 * Staff check what organisers submitted: the queue, then publish or reject with a reason the
 * organiser is mailed. A pending event is changed before with `PUT /admin/events/:id`.
 */
export function moderationRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const route = routeContext(ctx);
  const at = (url: string) => ({
    timeZone: route.timeZone,
    now: route.now(),
    origin: publicOrigin(ctx, url),
    appName: ctx.city.branding.appName,
  });
  const answer = async (id: string) => {
    const event = await readStaffEvent(ctx.db, id, { timeZone: route.timeZone, now: route.now() });
    if (!event) throw notFound();
    return event;
  };

  app.get(
    '/admin/submissions',
    describeRoute(
      staffRoute({
        summary: 'Submitted events waiting for a decision, the longest waiting first',
        responses: {
          200: {
            description: 'The queue, each event whole with its organiser.',
            schema: pendingListSchema,
          },
          ...refusals,
        },
      }),
    ),
    async (c) =>
      c.json({ items: await listPending(ctx.db, { timeZone: route.timeZone, now: route.now() }) }),
  );

  app.post(
    '/admin/events/:id/approve',
    describeRoute(
      staffRoute({
        summary: 'Publish a submitted event; the organiser is mailed the link to it',
        params: eventParams,
        responses: {
          200: { description: 'Published.', schema: staffEventSchema },
          ...refusals,
          ...notPending,
        },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      if (!(await decide(ctx, id, { publish: true }, at(c.req.url)))) throw notFound();
      return c.json(await answer(id));
    },
  );

  app.post(
    '/admin/events/:id/reject',
    describeRoute(
      staffRoute({
        summary: 'Reject a submitted event; the organiser is mailed the reason',
        params: eventParams,
        body: rejectInputSchema,
        responses: {
          200: { description: 'Rejected.', schema: staffEventSchema },
          ...refusals,
          ...notPending,
        },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const { reason } = validated<{ reason: string }>(c, 'body');
      if (!(await decide(ctx, id, { publish: false, reason }, at(c.req.url)))) throw notFound();
      return c.json(await answer(id));
    },
  );
  return app;
}
