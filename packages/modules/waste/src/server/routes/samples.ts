import { type CityEnv, describeRoute, type ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import type { WasteConfig } from '../../config.js';
import { isSample, setSample } from '../state.js';
import { refusals, staffRoute } from './staff-describe.js';

const answer = z.object({ sample: z.boolean(), ended: z.boolean() });

/**
 * Staff who enter the authority's dates by hand, without an import, say when the calendar is
 * real: residents stop reading "Beispieltermine", changes from then on are announced, and a
 * later import replaces only the dates of its own streets.
 */
export function sampleRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  return new Hono<CityEnv>().post(
    '/admin/samples/end',
    describeRoute(
      staffRoute({
        summary: 'Declare the calendar’s dates real (they are no longer samples)',
        responses: {
          200: {
            description: '`ended` is false when the calendar held no samples any more.',
            schema: answer,
          },
          ...refusals,
        },
      }),
    ),
    async (c) => {
      const ended = await ctx.db.transaction(async (tx) => {
        if (!(await isSample(tx))) return false;
        await setSample(tx, false);
        return true;
      });
      ctx.log.info('Waste calendar: sample state ended by staff', { ended });
      return c.json({ sample: false, ended });
    },
  );
}
