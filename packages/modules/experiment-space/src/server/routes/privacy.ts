import { cityError } from '@city-app/core';
import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { privateLink } from '../input.js';
import type { Space } from '../space.js';
import { residentRoute as route } from './describe.js';

const NO_STORE = { 'Cache-Control': 'no-store' };

const tokenParams = z.object({ token: z.string().min(1).max(100) });
const accessRequestBody = z.object({
  email: z.email({ message: 'Enter a valid e-mail address, e.g. name@example.org.' }).max(254),
  locale: z.enum(['de', 'en']).optional(),
});
const proofBody = z.object({ proof: z.string().min(20).max(100) });

/** The 30-minute access a proof opens, sent as `Authorization: Bearer …`. */
const ACCESS = { kind: 'access', in: 'bearer', name: 'authorization' } as const;

const accessRefused = {
  401: { description: 'No valid access (`data_access_invalid`): ask for a new link.' },
};

/** The access from `Authorization: Bearer …`, which `POST /my-data/access` handed out. */
function accessOf(c: Context): string {
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(c.req.header('authorization') ?? '');
  if (!match?.[1]) throw cityError('space_data_access_missing', {}, { field: 'Authorization' });
  return match[1];
}

/**
 * A resident's data: one booking's by its private link; every booking of an address only with
 * proof that the person reads its mail (a single-use link sent there).
 */
export function privacyRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/bookings/:token/my-data',
    describeRoute(
      route({
        summary: 'The data of the booking behind this link (JSON)',
        params: tokenParams,
        secret: privateLink,
        responses: { 200: { description: 'The export.' }, 404: { description: 'Not found.' } },
      }),
    ),
    async (c) => {
      const { token } = validated<{ token: string }>(c, 'params');
      return c.json(await space.privacy.exportBooking(token), 200, {
        ...NO_STORE,
        'Content-Disposition': 'attachment; filename="meine-buchung.json"',
      });
    },
  );

  app.post(
    '/my-data/requests',
    describeRoute(
      route({
        summary: 'E-mail a single-use link to every booking of an address',
        description:
          'Answers 202 whether or not the address booked, so nobody learns who did; at most three links go to one address per hour.',
        body: accessRequestBody,
        responses: { 202: { description: 'If bookings exist, the link is on its way.' } },
      }),
    ),
    async (c) => {
      const body = validated<z.output<typeof accessRequestBody>>(c, 'body');
      await space.privacy.requestAccess(body.email, body.locale ?? 'de', new URL(c.req.url).origin);
      return c.json({ requested: true }, 202, NO_STORE);
    },
  );

  app.post(
    '/my-data/access',
    describeRoute(
      route({
        summary: 'Spend the proof from the e-mail link for a 30-minute access',
        secret: { kind: 'proof', in: 'body', name: 'proof' },
        body: proofBody,
        responses: { 200: { description: 'The access.' }, ...accessRefused },
      }),
    ),
    async (c) => {
      const { proof } = validated<z.output<typeof proofBody>>(c, 'body');
      return c.json(await space.privacy.openAccess(proof), 200, NO_STORE);
    },
  );

  app.get(
    '/my-data',
    describeRoute(
      route({
        summary: 'Every booking of the address behind an access, and its briefings',
        secret: ACCESS,
        responses: { 200: { description: 'The export.' }, ...accessRefused },
      }),
    ),
    async (c) =>
      c.json(await space.privacy.exportData(accessOf(c)), 200, {
        ...NO_STORE,
        'Content-Disposition': 'attachment; filename="meine-daten.json"',
      }),
  );

  app.delete(
    '/my-data',
    describeRoute(
      route({
        summary: 'Delete my data: cancel what is ahead, erase name and e-mail of every booking',
        secret: ACCESS,
        responses: {
          200: { description: 'What was cancelled, erased and kept.' },
          ...accessRefused,
        },
      }),
    ),
    async (c) => c.json(await space.privacy.deleteData(accessOf(c)), 200, NO_STORE),
  );

  return app;
}
