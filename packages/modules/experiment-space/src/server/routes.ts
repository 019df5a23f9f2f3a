import {
  type AbuseLimits,
  type CityEnv,
  describeRoute,
  type RouteDescription,
  validated,
} from '@city-app/server';
import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import { LIBRARY_ROLE } from '../meta.js';
import { bookingsCsv } from './csv.js';
import { invalid, notFound } from './errors.js';
import * as input from './input.js';
import { placesLimit } from './limits.js';
import { privacyRoutes } from './privacy-routes.js';
import type { Space } from './space.js';

const RESIDENT = ['experiment-space'];
const STAFF = ['experiment-space staff'];

const refusals = {
  400: { description: 'Invalid input (`validation_failed`; `field` names it).' },
  404: { description: 'Not found.' },
  409: { description: 'Taken or changed meanwhile (`slot_taken` with `details.alternatives`).' },
  422: {
    description:
      'A booking rule refuses it (`prerequisite_missing`, `quota_exceeded`, `outside_opening_hours`, …).',
  },
};

const limited = {
  description:
    'Too many bookings and course places from this e-mail or address in 24 hours (`limit_bookings_per_email`, `limit_bookings_per_address`); see Retry-After.',
};

const staffRoute = (d: Omit<RouteDescription, 'role' | 'tags'>): RouteDescription => ({
  ...d,
  role: LIBRARY_ROLE,
  tags: STAFF,
});
const residentRoute = (d: Omit<RouteDescription, 'tags'>): RouteDescription => ({
  ...d,
  tags: RESIDENT,
});

const actorOf = (c: Context<CityEnv>) => `staff:${c.get('user')?.id ?? 'unknown'}`;
const originOf = (c: Context) => new URL(c.req.url).origin;

/** The experiment space's API under `/api/experiment-space` (the list of routes is in `api.ts`). */
export function experimentSpaceRoutes(space: Space, limits?: AbuseLimits): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const limitPlaces = placesLimit(limits);

  // ---- residents ------------------------------------------------------------------------

  app.get(
    '/',
    describeRoute(
      residentRoute({
        summary: 'The catalogue: library, resources, courses, groups',
        responses: { 200: { description: 'The catalogue.' } },
      }),
    ),
    async (c) => c.json(await space.catalogue()),
  );

  app.get(
    '/resources',
    describeRoute(
      residentRoute({
        summary: 'Bookable equipment and rooms',
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
    describeRoute(
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
    ),
    async (c) => {
      const { token } = validated<{ token: string }>(c, 'params');
      return c.json(
        await space.bookings.reschedule(
          token,
          validated<z.output<typeof input.rescheduleBody>>(c, 'body'),
        ),
      );
    },
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

  app.route('/', privacyRoutes(space));

  app.get(
    '/courses',
    describeRoute(
      residentRoute({
        summary: 'Courses with their dates and free seats',
        responses: { 200: { description: 'Courses.' } },
      }),
    ),
    async (c) => c.json(await space.courses.list()),
  );

  app.get(
    '/courses/:id',
    describeRoute(
      residentRoute({
        summary: 'One course',
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

  // ---- library staff --------------------------------------------------------------------

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
    describeRoute(
      staffRoute({
        summary: 'Change a resource',
        params: input.idParams,
        body: input.resourceUpdateBody,
        responses: { 200: { description: 'Changed.' }, ...refusals },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const body = validated<z.output<typeof input.resourceUpdateBody>>(c, 'body');
      return c.json(await space.resources.update(id, body));
    },
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
    describeRoute(
      staffRoute({
        summary: 'Replace the weekly hours',
        params: input.idParams,
        body: input.openingHoursBody,
        responses: { 200: { description: 'Changed.' }, ...refusals },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      return c.json(
        await space.resources.setOpeningHours(
          id,
          validated<z.output<typeof input.openingHoursBody>>(c, 'body'),
        ),
      );
    },
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
    describeRoute(
      staffRoute({
        summary: 'Set the booking rules and the groups’ rules',
        params: input.idParams,
        body: input.rulesBody,
        responses: { 200: { description: 'Set.' }, ...refusals },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      return c.json(
        await space.resources.setRules(id, validated<z.output<typeof input.rulesBody>>(c, 'body')),
      );
    },
  );

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
    describeRoute(
      staffRoute({
        summary: 'Change a course',
        params: input.idParams,
        body: input.courseUpdateBody,
        responses: { 200: { description: 'Changed.' }, ...refusals },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      return c.json(
        await space.courses.update(
          id,
          validated<z.output<typeof input.courseUpdateBody>>(c, 'body'),
        ),
      );
    },
  );

  app.post(
    '/staff/courses/:id/sessions',
    describeRoute(
      staffRoute({
        summary: 'Add a date to a course (its room is reserved)',
        params: input.idParams,
        body: input.sessionBody,
        responses: { 201: { description: 'Added.' }, ...refusals },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      return c.json(
        await space.courses.addSession(
          id,
          validated<z.output<typeof input.sessionBody>>(c, 'body'),
        ),
        201,
      );
    },
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

  app.get(
    '/staff/bookings',
    describeRoute(
      staffRoute({
        summary: 'Bookings by status, resource and local dates',
        query: input.staffBookingsQuery,
        responses: { 200: { description: 'Bookings.' }, 400: refusals[400] },
      }),
    ),
    async (c) =>
      c.json(
        await space.bookings.listForStaff(
          validated<z.output<typeof input.staffBookingsQuery>>(c, 'query'),
        ),
      ),
  );

  app.get(
    '/staff/bookings.csv',
    describeRoute(
      staffRoute({
        summary: 'Bookings as CSV (UTF-8 with BOM, `;`-separated)',
        query: input.staffBookingsQuery,
        responses: { 200: { description: 'CSV.', contentType: 'text/csv' }, 400: refusals[400] },
      }),
    ),
    async (c) => {
      const list = await space.bookings.listForStaff(
        validated<z.output<typeof input.staffBookingsQuery>>(c, 'query'),
      );
      return c.body(bookingsCsv(list), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="buchungen.csv"',
        'Cache-Control': 'no-store',
      });
    },
  );

  app.get(
    '/staff/schedule',
    describeRoute(
      staffRoute({
        summary: 'One day’s schedule (default today) and how many wait for approval',
        query: input.scheduleQuery,
        responses: { 200: { description: 'The schedule.' }, 400: refusals[400] },
      }),
    ),
    async (c) => {
      const date = space.requireLocalDate(validated<{ date?: string }>(c, 'query').date, 'date');
      const day = await space.bookings.listForStaff({ from: date, to: space.dayAfter(date) });
      const pending = await space.bookings.listForStaff({ status: 'pending' });
      return c.json({
        date,
        bookings: day.filter(
          (b) => space.bookings.isActive(b.status) && b.startLocal.slice(0, 10) === date,
        ),
        pending: pending.length,
      });
    },
  );

  const transition =
    (act: (id: string, actor: string, reason?: string) => Promise<unknown>) =>
    async (c: Context<CityEnv>) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const text = await c.req.text();
      let reason: string | undefined;
      if (text.trim()) {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw invalid('body', 'The body is not JSON; send {"reason": "…"} or nothing.');
        }
        const parsed = input.reasonBody.safeParse(json);
        if (!parsed.success) throw invalid('reason', 'reason: at most 500 characters.');
        reason = parsed.data.reason;
      }
      return c.json(await act(id, actorOf(c), reason));
    };
  const action = (
    path: string,
    summary: string,
    act: (id: string, actor: string, reason?: string) => Promise<unknown>,
  ) =>
    app.post(
      `/staff/bookings/:id/${path}`,
      describeRoute(
        staffRoute({
          summary,
          params: input.idParams,
          responses: { 200: { description: 'Done.' }, ...refusals },
        }),
      ),
      transition(act),
    );
  action('approve', 'Approve a pending booking (the booker is told)', (id, actor) =>
    space.bookings.approve(id, actor),
  );
  action(
    'decline',
    'Decline a pending booking, with a reason (the booker is told)',
    (id, actor, reason) => space.bookings.decline(id, actor, reason),
  );
  action('check-in', 'Check in', (id, actor) => space.bookings.checkIn(id, actor));
  action('no-show', 'Mark as not come', (id, actor) => space.bookings.noShow(id, actor));
  action('cancel', 'Cancel (the booker is told)', (id, actor, reason) =>
    space.bookings.cancelByStaff(id, actor, reason),
  );

  app.get(
    '/staff/provider-quotas',
    describeRoute(
      staffRoute({
        summary: 'Education providers’ quotas with their use',
        responses: { 200: { description: 'Quotas.' } },
      }),
    ),
    async (c) => c.json(await space.providerQuotas.list()),
  );

  app.post(
    '/staff/provider-quotas',
    describeRoute(
      staffRoute({
        summary: 'Create or replace an education provider’s quota',
        body: input.providerQuotaBody,
        responses: { 201: { description: 'Set.' }, 400: refusals[400] },
      }),
    ),
    async (c) => {
      const body = validated<z.output<typeof input.providerQuotaBody>>(c, 'body');
      return c.json(await space.providerQuotas.set(body, (id) => space.resources.exists(id)), 201);
    },
  );

  app.delete(
    '/staff/provider-quotas/:id',
    describeRoute(
      staffRoute({
        summary: 'Remove an education provider’s quota',
        params: input.idParams,
        responses: { 204: { description: 'Removed.' }, 404: refusals[404] },
      }),
    ),
    async (c) => {
      if (!(await space.providerQuotas.remove(validated<{ id: string }>(c, 'params').id))) {
        throw notFound('The quota');
      }
      return c.body(null, 204);
    },
  );

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
