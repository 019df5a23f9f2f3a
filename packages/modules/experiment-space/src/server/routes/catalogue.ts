import { type CityEnv, describeRoute } from '@city-app/server';
import { Hono } from 'hono';
import type { Space } from '../space.js';
import { residentRoute } from './describe.js';

/** `GET /`: everything a resident's first screen shows at once. */
export function catalogueRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/',
    describeRoute(
      residentRoute({
        summary: 'The catalogue: library, resources, courses, groups',
        publicContent: true,
        responses: { 200: { description: 'The catalogue.' } },
      }),
    ),
    async (c) => c.json(await space.catalogue()),
  );

  return app;
}
