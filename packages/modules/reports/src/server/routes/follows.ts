import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono, type MiddlewareHandler } from 'hono';
import { deviceReportListSchema } from '../../api/device-reports.js';
import { followParamsSchema } from '../../api/public-report.js';
import type { ReportsConfig } from '../../config.js';
import { deviceReports } from '../follows/device-reports.js';
import { follow, unfollow } from '../follows/store.js';

const tags = ['reports'];
const secret = { kind: 'installation', in: 'path', name: 'installationId' } as const;
type Params = { publicId: string; installationId: string };

/** Writes count against the town's limit on installations' changes per address. */
function installationGuard(ctx: ModuleServerContext<ReportsConfig>): MiddlewareHandler<CityEnv> {
  return ctx.limits ? ctx.limits.guard('installations') : (_c, next) => next();
}

/**
 * `/api/reports/:publicId/followers/:installationId`: a device follows a report, no account;
 * `/api/reports/installations/:installationId`: what it sent and follows.
 */
export function followRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const params = (c: Parameters<MiddlewareHandler<CityEnv>>[0]) => {
    const p = validated<Params>(c, 'params');
    return { publicId: p.publicId, installationId: p.installationId.toLowerCase() };
  };

  app.get(
    '/installations/:installationId',
    describeRoute({
      summary: 'The reports this device sent or follows, with their status',
      description: 'Its own reports too while they wait for review. Newest first, at most 200.',
      tags,
      secret,
      params: followParamsSchema.pick({ installationId: true }),
      responses: { 200: { description: 'Its reports.', schema: deviceReportListSchema } },
    }),
    async (c) => {
      const { installationId } = validated<{ installationId: string }>(c, 'params');
      c.header('Cache-Control', 'no-store');
      return c.json(await deviceReports(ctx.db, installationId.toLowerCase()));
    },
  );

  app.put(
    '/:publicId/followers/:installationId',
    describeRoute({
      summary: 'Follow a report on this device',
      description: 'The device hears of each new status by push. Following twice changes nothing.',
      tags,
      secret,
      params: followParamsSchema,
      responses: {
        204: { description: 'Followed.' },
        404: { description: 'No such report (`reports_not_found`).' },
        409: { description: 'The device is not signed up for notifications.' },
      },
    }),
    installationGuard(ctx),
    async (c) => {
      const { publicId, installationId } = params(c);
      await follow(ctx, publicId, installationId);
      return c.body(null, 204);
    },
  );

  app.delete(
    '/:publicId/followers/:installationId',
    describeRoute({
      summary: 'Stop following a report on this device',
      tags,
      secret,
      params: followParamsSchema,
      responses: {
        204: { description: 'Not followed (any more).' },
        404: { description: 'No such report (`reports_not_found`).' },
      },
    }),
    installationGuard(ctx),
    async (c) => {
      const { publicId, installationId } = params(c);
      await unfollow(ctx, publicId, installationId);
      return c.body(null, 204);
    },
  );
  return app;
}
