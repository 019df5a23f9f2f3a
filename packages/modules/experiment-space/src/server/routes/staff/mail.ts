import { type CityEnv, describeRoute } from '@city-app/server';
import { Hono } from 'hono';
import type { Space } from '../../space.js';
import { staffRoute } from '../describe.js';

/** The state of the e-mail queue, so staff see mail that does not go out. */
export function staffMailRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/staff/mail',
    describeRoute(
      staffRoute({
        summary: 'The e-mail queue',
        responses: { 200: { description: 'Its state.' } },
      }),
    ),
    async (c) => c.json(await space.mailState()),
  );

  return app;
}
