import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { Hono } from 'hono';
import type { z } from 'zod';
import * as input from '../input.js';
import type { Space } from '../space.js';
import { refusals, residentRoute } from './describe.js';

/** Equipment and rooms as residents see them, with their free times. */
export function resourceRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/resources',
    describeRoute(
      residentRoute({
        summary: 'Bookable equipment and rooms',
        publicContent: true,
        responses: { 200: { description: 'Resources.' } },
      }),
    ),
    async (c) => c.json(await space.resources.list()),
  );

  app.get(
    '/resources/:id',
    describeRoute(
      residentRoute({
        summary: 'One resource with rules, hours and accessibility',
        publicContent: true,
        params: input.idParams,
        responses: { 200: { description: 'The resource.' }, 404: refusals[404] },
      }),
    ),
    async (c) => c.json(await space.resources.get(validated<{ id: string }>(c, 'params').id)),
  );

  app.get(
    '/resources/:id/slots',
    describeRoute(
      residentRoute({
        summary: 'Free times of one day',
        publicContent: true,
        params: input.idParams,
        query: input.slotsQuery,
        responses: {
          200: { description: 'The free times.' },
          400: refusals[400],
          404: refusals[404],
        },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const q = validated<z.output<typeof input.slotsQuery>>(c, 'query');
      return c.json(
        await space.daySlots(id, q.date, {
          ...(q.duration ? { durationMinutes: q.duration } : {}),
          ...(q.group ? { group: q.group } : {}),
        }),
      );
    },
  );

  return app;
}
