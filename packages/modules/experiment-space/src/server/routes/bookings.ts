import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { Hono, type MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import * as input from '../input.js';
import type { Space } from '../space.js';
import { changeRoute } from './change.js';
import { limited, refusals, residentRoute } from './describe.js';
import { originOf } from './request.js';

/**
 * A resident's bookings: made with name and e-mail, then reached only through the private
 * link's token. `limitPlaces` is the town's limit, shared with course registrations.
 */
export function bookingRoutes(
  space: Space,
  limitPlaces: MiddlewareHandler<CityEnv>,
): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.post(
    '/bookings',
    describeRoute(
      residentRoute({
        summary: 'Book a resource with name and e-mail (no account)',
        description:
          'Send `Idempotency-Key` to make a retry safe: the same key returns the same booking and link.',
        body: input.bookingBody,
        responses: {
          201: { description: 'Booked; the reply carries the private token.' },
          200: { description: 'A retried request.' },
          ...refusals,
          429: limited,
        },
      }),
    ),
    limitPlaces,
    async (c) => {
      const body = validated<z.output<typeof input.bookingBody>>(c, 'body');
      const key = c.req.header('idempotency-key');
      const { created, replayed } = await space.bookings.book(body, {
        ...(key ? { idempotencyKey: key } : {}),
        origin: originOf(c),
      });
      return c.json(created, replayed ? 200 : 201);
    },
  );

  app.get(
    '/bookings/:token',
    describeRoute(
      residentRoute({
        summary: 'My booking or course registration, by its private link',
        params: input.tokenParams,
        secret: input.privateLink,
        responses: { 200: { description: 'The booking.' }, 404: refusals[404] },
      }),
    ),
    async (c) => {
      const booking = await space.bookings.get(validated<{ token: string }>(c, 'params').token);
      // Personal data behind a private link: no browser or proxy cache may keep it.
      c.header('Cache-Control', 'no-store');
      return c.json(booking);
    },
  );

  app.patch(
    '/bookings/:token',
    ...changeRoute(
      residentRoute({
        summary: 'Move my booking',
        params: input.tokenParams,
        secret: input.privateLink,
        body: input.rescheduleBody,
        responses: {
          200: { description: 'Moved (or left where it was, on refusal).' },
          ...refusals,
        },
      }),
      'token',
      space.bookings.reschedule,
    ),
  );

  app.delete(
    '/bookings/:token',
    describeRoute(
      residentRoute({
        summary: 'Cancel my booking, or leave the waitlist',
        params: input.tokenParams,
        secret: input.privateLink,
        responses: { 200: { description: 'Cancelled.' }, ...refusals },
      }),
    ),
    async (c) =>
      c.json(await space.bookings.cancel(validated<{ token: string }>(c, 'params').token)),
  );

  app.get(
    '/bookings/:token/booking.ics',
    describeRoute(
      residentRoute({
        summary: 'My booking as an iCalendar file',
        params: input.tokenParams,
        secret: input.privateLink,
        responses: {
          200: { description: 'iCalendar (RFC 5545).', contentType: 'text/calendar' },
          404: refusals[404],
        },
      }),
    ),
    async (c) => {
      const text = await space.bookings.icsOf(validated<{ token: string }>(c, 'params').token);
      return c.body(text, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'attachment; filename="termin.ics"',
        'Cache-Control': 'no-store',
      });
    },
  );

  app.post(
    '/bookings/:token/accept',
    describeRoute(
      residentRoute({
        summary: 'Accept the place offered from the waitlist',
        params: input.tokenParams,
        secret: input.privateLink,
        responses: {
          200: { description: 'Registered.' },
          410: { description: 'The offer expired (`offer_expired`).' },
          ...refusals,
        },
      }),
    ),
    async (c) =>
      c.json(await space.bookings.accept(validated<{ token: string }>(c, 'params').token)),
  );

  return app;
}
