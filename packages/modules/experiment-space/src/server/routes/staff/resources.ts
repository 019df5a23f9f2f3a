import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { Hono } from 'hono';
import type { z } from 'zod';
import * as input from '../../input.js';
import type { Space } from '../../space.js';
import { changeRoute } from '../change.js';
import { refusals, staffRoute } from '../describe.js';

/** Staff keep the equipment and rooms: details, weekly hours, special days, rules. */
export function staffResourceRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/staff/resources',
    describeRoute(
      staffRoute({
        summary: 'All resources, inactive ones too',
        responses: { 200: { description: 'Resources.' } },
      }),
    ),
    async (c) => c.json(await space.resources.listForStaff()),
  );

  app.post(
    '/staff/resources',
    describeRoute(
      staffRoute({
        summary: 'Create a resource',
        body: input.resourceBody,
        responses: { 201: { description: 'Created.' }, ...refusals },
      }),
    ),
    async (c) => {
      const body = validated<z.output<typeof input.resourceBody>>(c, 'body');
      const { photo, ...rest } = body;
      return c.json(await space.resources.create({ ...rest, ...(photo ? { photo } : {}) }), 201);
    },
  );

  app.put(
    '/staff/resources/:id',
    ...changeRoute(
      staffRoute({
        summary: 'Change a resource',
        params: input.idParams,
        body: input.resourceUpdateBody,
        responses: { 200: { description: 'Changed.' }, ...refusals },
      }),
      'id',
      space.resources.update,
    ),
  );

  app.delete(
    '/staff/resources/:id',
    describeRoute(
      staffRoute({
        summary: 'Deactivate a resource (existing bookings stay)',
        params: input.idParams,
        responses: { 200: { description: 'Deactivated.' }, 404: refusals[404] },
      }),
    ),
    async (c) =>
      c.json(await space.resources.setActive(validated<{ id: string }>(c, 'params').id, false)),
  );

  app.put(
    '/staff/resources/:id/opening-hours',
    ...changeRoute(
      staffRoute({
        summary: 'Replace the weekly hours',
        params: input.idParams,
        body: input.openingHoursBody,
        responses: { 200: { description: 'Changed.' }, ...refusals },
      }),
      'id',
      space.resources.setOpeningHours,
    ),
  );

  app.put(
    '/staff/resources/:id/exceptions/:date',
    describeRoute(
      staffRoute({
        summary: 'Close a day or give it special hours',
        params: input.exceptionParams,
        body: input.exceptionBody,
        responses: { 200: { description: 'Set.' }, ...refusals },
      }),
    ),
    async (c) => {
      const { id, date } = validated<{ id: string; date: string }>(c, 'params');
      const body = validated<z.output<typeof input.exceptionBody>>(c, 'body');
      return c.json(await space.resources.setException(id, date, body));
    },
  );

  app.delete(
    '/staff/resources/:id/exceptions/:date',
    describeRoute(
      staffRoute({
        summary: 'Remove a day’s exception',
        params: input.exceptionParams,
        responses: { 200: { description: 'Removed.' }, 404: refusals[404] },
      }),
    ),
    async (c) => {
      const { id, date } = validated<{ id: string; date: string }>(c, 'params');
      return c.json(await space.resources.removeException(id, date));
    },
  );

  app.put(
    '/staff/resources/:id/rules',
    ...changeRoute(
      staffRoute({
        summary: 'Set the booking rules and the groups’ rules',
        params: input.idParams,
        body: input.rulesBody,
        responses: { 200: { description: 'Set.' }, ...refusals },
      }),
      'id',
      space.resources.setRules,
    ),
  );

  return app;
}
