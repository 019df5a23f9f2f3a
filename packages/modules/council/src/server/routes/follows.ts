import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono, type MiddlewareHandler } from 'hono';
import {
  committeeListSchema,
  followedCommitteesSchema,
  followParamsSchema,
} from '../../api/follows.js';
import type { CouncilConfig } from '../../config.js';
import { follow, followedCommittees, unfollow } from '../follows/store.js';
import { committees } from '../read/committees.js';

const tags = ['council'];
const secret = { kind: 'installation', in: 'path', name: 'installationId' } as const;

/** Writes count against the town's limit on installations' changes per address. */
export function installationGuard(
  ctx: ModuleServerContext<CouncilConfig>,
): MiddlewareHandler<CityEnv> {
  return ctx.limits ? ctx.limits.guard('installations') : (_c, next) => next();
}

/**
 * `/api/council/committees`: the committees to follow;
 * `/api/council/committees/:key/followers/:installationId`: a device follows a committee, no
 * account; `/api/council/installations/:installationId/committees`: which it follows.
 */
export function followRoutes(ctx: ModuleServerContext<CouncilConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const params = (c: Parameters<MiddlewareHandler<CityEnv>>[0]) => {
    const p = validated<{ key: string; installationId: string }>(c, 'params');
    return { key: p.key, installationId: p.installationId.toLowerCase() };
  };

  app.get(
    '/committees',
    describeRoute({
      summary: 'The committees that hold meetings, by name: each may be followed',
      tags,
      publicContent: true,
      responses: { 200: { description: 'The committees.', schema: committeeListSchema } },
    }),
    async (c) => c.json(await committees(ctx.db)),
  );

  app.get(
    '/installations/:installationId/committees',
    describeRoute({
      summary: 'The committees this device follows',
      tags,
      secret,
      params: followParamsSchema.pick({ installationId: true }),
      responses: { 200: { description: 'Its committees.', schema: followedCommitteesSchema } },
    }),
    async (c) => {
      const { installationId } = validated<{ installationId: string }>(c, 'params');
      c.header('Cache-Control', 'no-store');
      return c.json(await followedCommittees(ctx.db, installationId.toLowerCase()));
    },
  );

  app.put(
    '/committees/:key/followers/:installationId',
    describeRoute({
      summary: 'Follow a committee on this device',
      description:
        'The device hears by push of the committee’s new meetings and agenda items, and sees its meetings in "Meine Termine". Following twice changes nothing; at most 50 committees a device.',
      tags,
      secret,
      params: followParamsSchema,
      responses: {
        204: { description: 'Followed.' },
        404: { description: 'No such committee (`not_found`).' },
        409: {
          description:
            'The device is not signed up for notifications (`council_no_installation`), or follows 50 committees already (`council_too_many_follows`).',
        },
      },
    }),
    installationGuard(ctx),
    async (c) => {
      const { key, installationId } = params(c);
      await follow(ctx, key, installationId);
      return c.body(null, 204);
    },
  );

  app.delete(
    '/committees/:key/followers/:installationId',
    describeRoute({
      summary: 'Stop following a committee on this device',
      tags,
      secret,
      params: followParamsSchema,
      responses: {
        204: { description: 'Not followed (any more).' },
        404: { description: 'No such committee (`not_found`).' },
      },
    }),
    installationGuard(ctx),
    async (c) => {
      const { key, installationId } = params(c);
      await unfollow(ctx, key, installationId);
      return c.body(null, 204);
    },
  );
  return app;
}
