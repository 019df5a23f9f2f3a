import { errors } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono, type MiddlewareHandler } from 'hono';
import {
  type FollowInput,
  followInputSchema,
  followStateSchema,
  installationParamsSchema,
} from '../../api/follow.js';
import { categoryOf, type EventsConfig } from '../../config.js';
import { followError } from '../../errors/follows.js';
import { deleteFollow, readFollow, saveFollow } from '../follows/store.js';

const secret = { kind: 'installation', in: 'path', name: 'installationId' } as const;
const tags = ['events'];
type Params = { installationId: string };

/** Writes count against the town's limit on installations' changes per address. */
export function installationGuard(
  ctx: ModuleServerContext<EventsConfig>,
): MiddlewareHandler<CityEnv> {
  return ctx.limits ? ctx.limits.guard('installations') : (_c, next) => next();
}

/** The device must be signed up with notify: without it no message could reach it. */
export async function checkInstallation(
  ctx: ModuleServerContext<EventsConfig>,
  id: string,
): Promise<void> {
  if (!ctx.notify) return;
  const [exists] = await ctx.notify.existingInstallations([id]);
  if (!exists) throw followError('events_follow_no_installation', {}, { field: 'installationId' });
}

/**
 * `/api/events/follows/:installationId`: the categories a device follows, and how many days
 * ahead it hears of new events in them. No account: the installation's random id is the proof.
 */
export function followRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const notFound = () =>
    errors.notFound({
      de: 'Gefolgte Kategorien dieses Geräts',
      en: 'Followed categories of this device',
    });

  app.put(
    '/follows/:installationId',
    describeRoute({
      summary: 'Follow categories on this device',
      description:
        'Replaces what this installation follows. Once a day it hears of new events in them.',
      tags,
      secret,
      params: installationParamsSchema,
      body: followInputSchema,
      responses: {
        200: { description: 'What is now stored.', schema: followStateSchema },
        400: { description: 'A field is wrong, or a category is unknown.' },
        409: { description: 'The device is not signed up for notifications.' },
      },
    }),
    installationGuard(ctx),
    async (c) => {
      const id = validated<Params>(c, 'params').installationId.toLowerCase();
      const body = validated<FollowInput>(c, 'body');
      for (const [i, category] of body.categories.entries()) {
        if (!categoryOf(ctx.config, category)) {
          throw followError(
            'events_follow_unknown_category',
            { category },
            { field: `categories.${i}` },
          );
        }
      }
      await checkInstallation(ctx, id);
      await saveFollow(ctx.db, id, body, body.daysBefore ?? ctx.config.followDaysBefore);
      return c.json(await readFollow(ctx.db, id));
    },
  );

  app.get(
    '/follows/:installationId',
    describeRoute({
      summary: 'The categories this device follows',
      tags,
      secret,
      params: installationParamsSchema,
      responses: {
        200: { description: 'What this installation follows.', schema: followStateSchema },
        404: { description: 'It follows nothing.' },
      },
    }),
    async (c) => {
      const follow = await readFollow(
        ctx.db,
        validated<Params>(c, 'params').installationId.toLowerCase(),
      );
      if (!follow) throw notFound();
      return c.json(follow);
    },
  );

  app.delete(
    '/follows/:installationId',
    describeRoute({
      summary: 'Follow no categories on this device',
      tags,
      secret,
      params: installationParamsSchema,
      responses: {
        204: { description: 'Forgotten.' },
        404: { description: 'It followed nothing.' },
      },
    }),
    async (c) => {
      if (
        !(await deleteFollow(ctx.db, validated<Params>(c, 'params').installationId.toLowerCase()))
      ) {
        throw notFound();
      }
      return c.body(null, 204);
    },
  );
  return app;
}
