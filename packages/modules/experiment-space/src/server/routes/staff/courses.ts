import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { Hono } from 'hono';
import type { z } from 'zod';
import * as input from '../../input.js';
import type { Space } from '../../space.js';
import { changeRoute } from '../change.js';
import { refusals, staffRoute } from '../describe.js';
import { actorOf } from '../request.js';

/** Staff plan courses and their dates, and see who comes. */
export function staffCourseRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/staff/courses',
    describeRoute(
      staffRoute({ summary: 'Courses', responses: { 200: { description: 'Courses.' } } }),
    ),
    async (c) => c.json(await space.courses.list()),
  );

  app.post(
    '/staff/courses',
    describeRoute(
      staffRoute({
        summary: 'Create a course',
        body: input.courseBody,
        responses: { 201: { description: 'Created.' }, ...refusals },
      }),
    ),
    async (c) =>
      c.json(
        await space.courses.create(validated<z.output<typeof input.courseBody>>(c, 'body')),
        201,
      ),
  );

  app.put(
    '/staff/courses/:id',
    ...changeRoute(
      staffRoute({
        summary: 'Change a course',
        params: input.idParams,
        body: input.courseUpdateBody,
        responses: { 200: { description: 'Changed.' }, ...refusals },
      }),
      'id',
      space.courses.update,
    ),
  );

  app.post(
    '/staff/courses/:id/sessions',
    ...changeRoute(
      staffRoute({
        summary: 'Add a date to a course (its room is reserved)',
        params: input.idParams,
        body: input.sessionBody,
        responses: { 201: { description: 'Added.' }, ...refusals },
      }),
      'id',
      space.courses.addSession,
      201,
    ),
  );

  app.delete(
    '/staff/courses/:id/sessions/:sessionId',
    describeRoute(
      staffRoute({
        summary: 'Cancel a date; registrations are cancelled and told',
        params: input.sessionParams,
        responses: { 200: { description: 'Cancelled.' }, 404: refusals[404] },
      }),
    ),
    async (c) => {
      const { id, sessionId } = validated<{ id: string; sessionId: string }>(c, 'params');
      return c.json(await space.courses.cancelSession(id, sessionId, actorOf(c)));
    },
  );

  app.get(
    '/staff/courses/:id/sessions/:sessionId/participants',
    describeRoute(
      staffRoute({
        summary: 'Who registered for a date, and who waits',
        params: input.sessionParams,
        responses: { 200: { description: 'Registrations.' }, 404: refusals[404] },
      }),
    ),
    async (c) => {
      const { id, sessionId } = validated<{ id: string; sessionId: string }>(c, 'params');
      return c.json(await space.courses.participants(id, sessionId));
    },
  );

  return app;
}
