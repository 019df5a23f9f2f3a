import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { forwardingStateSchema } from '../../api/forwarding.js';
import { publicIdParamsSchema } from '../../api/public-id.js';
import type { ReportsConfig } from '../../config.js';
import { REPORTS_ROLE } from '../../meta.js';
import { readForwarding, retryForwarding } from '../forwarding/state.js';

const tags = ['reports (staff)'];
const role = REPORTS_ROLE;
type Params = { publicId: string };
const responses = {
  200: { description: 'How it stands.', schema: forwardingStateSchema },
  404: { description: 'No such report, or not forwarded (`reports_forward_none`).' },
};

/** A report's forwarding to an outside Open311 server, for the `reports` role. */
export function staffForwardingRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/admin/reports/:publicId/forwarding',
    describeRoute({
      summary: 'Where the report was forwarded, and how that stands',
      tags,
      role,
      params: publicIdParamsSchema,
      responses,
    }),
    async (c) =>
      c.json(await readForwarding(ctx.db, ctx.config, validated<Params>(c, 'params').publicId)),
  );

  app.post(
    '/admin/reports/:publicId/forwarding/retry',
    describeRoute({
      summary: 'Send a failed forwarding again with the next run',
      tags,
      role,
      params: publicIdParamsSchema,
      responses,
    }),
    async (c) =>
      c.json(await retryForwarding(ctx.db, ctx.config, validated<Params>(c, 'params').publicId)),
  );

  return app;
}
