import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { Hono } from 'hono';
import type { z } from 'zod';
import * as input from '../../input.js';
import type { Space } from '../../space.js';
import { refusals, staffRoute } from '../describe.js';
import { actorOf } from '../request.js';

/** Briefings: who may use equipment that needs one (the booking core's qualifications). */
export function staffBriefingRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/staff/briefings',
    describeRoute(
      staffRoute({
        summary: 'Briefings recorded for an e-mail',
        query: input.briefingQuery,
        responses: { 200: { description: 'Briefings.' }, 400: refusals[400] },
      }),
    ),
    async (c) => {
      const { email } = validated<{ email: string }>(c, 'query');
      const person = email.toLowerCase();
      const list = await space.booking.listQualifications(person);
      return c.json(
        list.map((q) => ({ email: person, prerequisite: q.prerequisite, validUntil: q.expiresAt })),
      );
    },
  );

  app.post(
    '/staff/briefings',
    describeRoute(
      staffRoute({
        summary: 'Record a briefing (this person may now use the 3D printer, until …)',
        body: input.briefingBody,
        responses: { 201: { description: 'Recorded.' }, 400: refusals[400] },
      }),
    ),
    async (c) => {
      const body = validated<z.output<typeof input.briefingBody>>(c, 'body');
      const person = body.email.toLowerCase();
      // Valid through the given day: it runs out at the next midnight, local time.
      const expiresAt = body.validUntil ? new Date(space.nextMidnight(body.validUntil)) : null;
      await space.booking.grantQualification(person, body.prerequisite, {
        expiresAt,
        grantedBy: actorOf(c),
      });
      return c.json(
        {
          email: person,
          prerequisite: body.prerequisite,
          validUntil: expiresAt ? expiresAt.toISOString() : null,
        },
        201,
      );
    },
  );

  app.delete(
    '/staff/briefings',
    describeRoute(
      staffRoute({
        summary: 'Revoke a briefing',
        query: input.briefingDeleteQuery,
        responses: { 204: { description: 'Revoked.' }, 400: refusals[400] },
      }),
    ),
    async (c) => {
      const { email, prerequisite } = validated<{ email: string; prerequisite: string }>(
        c,
        'query',
      );
      await space.booking.revokeQualification(email.toLowerCase(), prerequisite);
      return c.body(null, 204);
    },
  );

  return app;
}
