import { errors, localDate } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import {
  installationParamsSchema,
  reminderInputSchema,
  reminderListSchema,
} from '../../api/follow.js';
import type { EventsConfig } from '../../config.js';
import { deleteReminder, listReminders, saveReminder } from '../reminders/store.js';
import { routeContext } from './context.js';
import { checkInstallation, installationGuard } from './follows.js';

const secret = { kind: 'installation', in: 'path', name: 'installationId' } as const;
const tags = ['events'];
const dateParams = installationParamsSchema.extend({ eventId: z.uuid(), date: localDate() });
type DateParams = z.output<typeof dateParams>;

/**
 * `/api/events/reminders/:installationId`: the dates a device marked ("Erinnern"). Each
 * appears in "Meine Termine", and a push comes before it (all-day dates: at 18:00 the evening
 * before).
 */
export function reminderRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const { now } = routeContext(ctx);

  app.get(
    '/reminders/:installationId',
    describeRoute({
      summary: 'The dates this device marked, from today on',
      tags,
      secret,
      params: installationParamsSchema,
      responses: { 200: { description: 'The marked dates.', schema: reminderListSchema } },
    }),
    async (c) => {
      const id = validated<{ installationId: string }>(c, 'params').installationId.toLowerCase();
      const today = new Date(now().getTime() - 24 * 3600_000);
      return c.json({ items: await listReminders(ctx.db, id, today) });
    },
  );

  app.put(
    '/reminders/:installationId/:eventId/:date',
    describeRoute({
      summary: 'Remind this device of one date of an event',
      tags,
      secret,
      params: dateParams,
      body: reminderInputSchema,
      responses: {
        200: { description: 'The marked dates.', schema: reminderListSchema },
        404: { description: 'No such date of a published event (`events_date_unknown`).' },
        409: { description: 'Not signed up for notifications, or the date has begun.' },
      },
    }),
    installationGuard(ctx),
    async (c) => {
      const { installationId, eventId, date } = validated<DateParams>(c, 'params');
      const { leadMinutes } = validated<{ leadMinutes: number }>(c, 'body');
      const id = installationId.toLowerCase();
      await checkInstallation(ctx, id);
      await ctx.db.transaction((tx) => saveReminder(tx, id, { eventId, date }, leadMinutes, now()));
      return c.json({ items: await listReminders(ctx.db, id, now()) });
    },
  );

  app.delete(
    '/reminders/:installationId/:eventId/:date',
    describeRoute({
      summary: 'Forget the reminder of one date',
      tags,
      secret,
      params: dateParams,
      responses: { 204: { description: 'Forgotten.' }, 404: { description: 'It was not marked.' } },
    }),
    async (c) => {
      const { installationId, eventId, date } = validated<DateParams>(c, 'params');
      if (!(await deleteReminder(ctx.db, installationId.toLowerCase(), { eventId, date }))) {
        throw errors.notFound({ de: 'Die Erinnerung', en: 'The reminder' });
      }
      return c.body(null, 204);
    },
  );
  return app;
}
