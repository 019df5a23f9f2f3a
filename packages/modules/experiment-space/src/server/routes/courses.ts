import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { Hono, type MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import * as input from '../input.js';
import type { Space } from '../space.js';
import { limited, refusals, residentRoute } from './describe.js';
import { originOf } from './request.js';

/** Courses and their dates; a registration takes a seat or a waitlist place. */
export function courseRoutes(space: Space, limitPlaces: MiddlewareHandler<CityEnv>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/courses',
    describeRoute(
      residentRoute({
        summary: 'Courses with their dates and free seats',
        publicContent: true,
        responses: { 200: { description: 'Courses.' } },
      }),
    ),
    async (c) => c.json(await space.courseList()),
  );

  app.get(
    '/courses/:id',
    describeRoute(
      residentRoute({
        summary: 'One course',
        publicContent: true,
        params: input.idParams,
        responses: { 200: { description: 'The course.' }, 404: refusals[404] },
      }),
    ),
    async (c) => c.json(await space.courses.get(validated<{ id: string }>(c, 'params').id)),
  );

  app.post(
    '/courses/:id/registrations',
    describeRoute(
      residentRoute({
        summary: 'Register for a date of a course (a seat, or the waitlist when it is full)',
        params: input.idParams,
        body: input.registrationBody,
        responses: {
          201: { description: 'Registered or on the waitlist.' },
          ...refusals,
          429: limited,
        },
      }),
    ),
    limitPlaces,
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const body = validated<z.output<typeof input.registrationBody>>(c, 'body');
      return c.json(await space.courses.register(id, body, originOf(c)), 201);
    },
  );

  return app;
}
