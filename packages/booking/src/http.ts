/**
 * A thin Hono layer over the booking service, for a module to mount under its own path
 * (`app.route('/', createBookingApp(service, …))`). Every route is described by a plain object
 * in `bookingRoutes` — method, path, summary, role, zod schemas of params, query and body, and
 * responses — the same fields as the kernel's `RouteDescription`, so a module can hand them to
 * the kernel's OpenAPI document without this package depending on the kernel. The same schemas
 * validate each request here.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { BookingError } from './errors.js';
import { reservationIcs, resourceFeedIcs } from './ical/ics.js';
import type { Reservation } from './reservations/model.js';
import type { BookingService } from './service.js';

/** Who is asking. The module decides how (a login, an anonymous installation id, …). */
export interface BookingPerson {
  personId: string;
  /** Rules group: resident, school, association, business, education_provider. */
  group: string;
}

export interface BookingAppOptions {
  /** The person behind a request, or null when unknown (then only public routes answer). */
  identify(c: Context): BookingPerson | null | Promise<BookingPerson | null>;
  /** Whether the request comes from staff who manage bookings (approve, decline, no-show, see all). */
  isStaff(c: Context): boolean | Promise<boolean>;
  /** Host part of iCalendar UIDs, e.g. the town's domain. */
  uidDomain?: string;
}

/** OpenAPI description of one route; the fields match the kernel's `RouteDescription` plus method and path. */
export interface BookingRouteDescription {
  id: string;
  method: 'get' | 'post' | 'delete';
  /** Hono path relative to where the app is mounted, e.g. `/reservations/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** `person`: needs `identify` to return someone; `staff`: needs `isStaff`. */
  role?: 'person' | 'staff';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
}

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.');
const time = z
  .string()
  .min(1)
  .describe('ISO time with offset, or local wall time YYYY-MM-DDTHH:MM');
const idParam = z.object({ id: z.string().min(1) });
const error = {
  description: 'Refused, with a stable code, a message and what to do',
  schema: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    hint: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
};

const slotSchema = z.object({
  start: z.string(),
  end: z.string(),
  startLocal: z.string(),
  endLocal: z.string(),
  seatsLeft: z.number(),
});
const reservationSchema = z.object({
  id: z.string(),
  resourceId: z.string(),
  personId: z.string(),
  group: z.string(),
  seats: z.number(),
  start: z.string(),
  end: z.string(),
  startLocal: z.string(),
  endLocal: z.string(),
  status: z.string(),
});

const reservationBody = z.object({
  resourceId: z.string().min(1),
  start: time,
  end: time.optional(),
  durationMinutes: z.number().int().positive().optional(),
  seats: z.number().int().min(1).optional(),
  note: z.string().max(2000).optional(),
  idempotencyKey: z.string().min(1).max(200).optional(),
});

export const bookingRoutes: BookingRouteDescription[] = [
  {
    id: 'listResources',
    method: 'get',
    path: '/resources',
    summary: 'Bookable resources',
    tags: ['booking'],
    query: z.object({ category: z.string().optional() }),
    responses: { 200: { description: 'The active resources' } },
  },
  {
    id: 'getResource',
    method: 'get',
    path: '/resources/:id',
    summary: 'One resource with its weekly opening hours',
    tags: ['booking'],
    params: idParam,
    responses: { 200: { description: 'The resource' }, 404: error },
  },
  {
    id: 'resourceSlots',
    method: 'get',
    path: '/resources/:id/slots',
    summary: 'Free slots of a resource between two local dates',
    tags: ['booking'],
    params: idParam,
    query: z.object({
      from: localDate,
      to: localDate,
      duration: z.coerce.number().int().positive().optional(),
      seats: z.coerce.number().int().min(1).optional(),
    }),
    responses: {
      200: {
        description: 'Free slots',
        schema: z.object({ resourceId: z.string(), slots: z.array(slotSchema) }),
      },
      400: error,
      404: error,
    },
  },
  {
    id: 'nextSlot',
    method: 'get',
    path: '/slots/next',
    summary: 'The next free slot of any resource of a category',
    tags: ['booking'],
    query: z.object({
      category: z.string().min(1),
      duration: z.coerce.number().int().positive().optional(),
      seats: z.coerce.number().int().min(1).optional(),
    }),
    responses: { 200: { description: 'The slot, or null when none is free within 90 days' } },
  },
  {
    id: 'resourceFeed',
    method: 'get',
    path: '/resources/:id/feed.ics',
    summary: 'iCalendar feed of a resource (without who booked)',
    tags: ['booking'],
    params: idParam,
    responses: {
      200: { description: 'RFC 5545 calendar', contentType: 'text/calendar' },
      404: error,
    },
  },
  {
    id: 'createReservation',
    method: 'post',
    path: '/reservations',
    summary: 'Book a resource',
    description:
      'Send an `Idempotency-Key` header (or `idempotencyKey`) so a retried request never books twice.',
    tags: ['booking'],
    role: 'person',
    body: reservationBody,
    responses: {
      201: {
        description: 'Booked (status confirmed, or pending when approval is needed)',
        schema: reservationSchema,
      },
      409: error,
      422: error,
    },
  },
  {
    id: 'myReservations',
    method: 'get',
    path: '/reservations',
    summary: 'My reservations (staff: all of a resource)',
    tags: ['booking'],
    role: 'person',
    query: z.object({ resourceId: z.string().optional(), status: z.string().optional() }),
    responses: { 200: { description: 'Reservations' } },
  },
  {
    id: 'getReservation',
    method: 'get',
    path: '/reservations/:id',
    summary: 'One reservation',
    tags: ['booking'],
    role: 'person',
    params: idParam,
    responses: { 200: { description: 'The reservation', schema: reservationSchema }, 404: error },
  },
  {
    id: 'reservationIcs',
    method: 'get',
    path: '/reservations/:id/reservation.ics',
    summary: 'The reservation as an iCalendar file',
    tags: ['booking'],
    role: 'person',
    params: idParam,
    responses: {
      200: { description: 'RFC 5545 calendar', contentType: 'text/calendar' },
      404: error,
    },
  },
  {
    id: 'cancelReservation',
    method: 'post',
    path: '/reservations/:id/cancel',
    summary: 'Cancel a reservation',
    tags: ['booking'],
    role: 'person',
    params: idParam,
    body: z.object({ reason: z.string().max(500).optional() }),
    responses: { 200: { description: 'Cancelled' }, 409: error, 422: error },
  },
  {
    id: 'rescheduleReservation',
    method: 'post',
    path: '/reservations/:id/reschedule',
    summary: 'Move a reservation to another time, atomically',
    tags: ['booking'],
    role: 'person',
    params: idParam,
    body: z.object({
      start: time,
      end: time.optional(),
      durationMinutes: z.number().int().positive().optional(),
    }),
    responses: { 200: { description: 'Moved' }, 409: error, 422: error },
  },
  {
    id: 'checkIn',
    method: 'post',
    path: '/reservations/:id/check-in',
    summary: 'Check in',
    tags: ['booking'],
    role: 'person',
    params: idParam,
    responses: { 200: { description: 'Checked in' }, 409: error },
  },
  {
    id: 'pendingApprovals',
    method: 'get',
    path: '/approvals',
    summary: 'Reservations waiting for approval',
    tags: ['booking'],
    role: 'staff',
    query: z.object({ resourceId: z.string().optional() }),
    responses: { 200: { description: 'Pending reservations' } },
  },
  ...(['approve', 'decline', 'no-show'] as const).map(
    (action): BookingRouteDescription => ({
      id: { approve: 'approveReservation', decline: 'declineReservation', 'no-show': 'markNoShow' }[
        action
      ],
      method: 'post',
      path: `/reservations/:id/${action}`,
      summary: {
        approve: 'Approve a pending reservation',
        decline: 'Decline a pending reservation',
        'no-show': 'Mark a reservation as no-show',
      }[action],
      tags: ['booking'],
      role: 'staff',
      params: idParam,
      body: z.object({ reason: z.string().max(500).optional() }),
      responses: { 200: { description: 'Done' }, 409: error },
    }),
  ),
  {
    id: 'createSeries',
    method: 'post',
    path: '/series',
    summary: 'Book a recurring series (daily or weekly, count or until)',
    tags: ['booking'],
    role: 'person',
    body: reservationBody.omit({ idempotencyKey: true }).extend({
      recurrence: z.object({
        frequency: z.enum(['daily', 'weekly']),
        interval: z.number().int().min(1).optional(),
        count: z.number().int().min(1).optional(),
        until: localDate.optional(),
      }),
      skipConflicts: z.boolean().optional(),
    }),
    responses: { 201: { description: 'Booked occurrences and the conflicts skipped' }, 409: error },
  },
  {
    id: 'joinWaitlist',
    method: 'post',
    path: '/waitlist',
    summary: 'Wait for a taken time; the first in line gets an offer when it frees up',
    tags: ['booking'],
    role: 'person',
    body: reservationBody.omit({ idempotencyKey: true, note: true }),
    responses: { 201: { description: 'On the waitlist (or offered at once)' } },
  },
  {
    id: 'acceptOffer',
    method: 'post',
    path: '/waitlist/:id/accept',
    summary: 'Accept a waitlist offer before it expires',
    tags: ['booking'],
    role: 'person',
    params: idParam,
    responses: { 201: { description: 'Booked', schema: reservationSchema }, 410: error },
  },
  {
    id: 'leaveWaitlist',
    method: 'delete',
    path: '/waitlist/:id',
    summary: 'Leave the waitlist',
    tags: ['booking'],
    role: 'person',
    params: idParam,
    responses: { 204: { description: 'Left' } },
  },
];

interface Input {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  person: BookingPerson | null;
  staff: boolean;
  c: Context;
}

type Handler = (input: Input) => Promise<Response | { status?: number; body: unknown }>;

function validate(
  schema: z.ZodType | undefined,
  value: unknown,
  where: string,
): Record<string, unknown> {
  if (!schema) return {};
  const result = schema.safeParse(value);
  if (result.success) return result.data as Record<string, unknown>;
  const issue = result.error.issues[0];
  const field = [where, ...(issue?.path ?? []).map(String)].join('.');
  throw new BookingError({
    code: 'invalid_input',
    title: 'Invalid input',
    message: `${field}: ${issue?.message ?? 'invalid'}`,
    field,
  });
}

const calendarResponse = (text: string, filename: string) =>
  new Response(text, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });

/** The booking routes as a Hono app. */
export function createBookingApp(service: BookingService, options: BookingAppOptions): Hono {
  const ics = {
    timezone: service.timezone,
    ...(options.uidDomain ? { uidDomain: options.uidDomain } : {}),
  };

  async function own(id: string, input: Input): Promise<Reservation> {
    const r = await service.getReservation(id);
    if (!input.staff && r.personId !== input.person?.personId) {
      throw new BookingError({
        code: 'not_found',
        title: 'Not found',
        message: `Reservation "${id}" was not found.`,
      });
    }
    return r;
  }
  const actor = (i: Input) =>
    i.staff ? `staff:${i.person?.personId ?? 'unknown'}` : (i.person?.personId ?? 'unknown');
  const person = (i: Input) => i.person as BookingPerson;

  const handlers: Record<string, Handler> = {
    listResources: async ({ query }) => ({
      body: await service.listResources({
        ...(query.category ? { category: String(query.category) } : {}),
      }),
    }),
    getResource: async ({ params }) => ({
      body: {
        ...(await service.getResource(params.id as string)),
        openingHours: await service.getOpeningHours(params.id as string),
      },
    }),
    resourceSlots: async ({ params, query, person: p }) => {
      const [found] = await service.findSlots({
        resourceIds: [params.id as string],
        from: query.from as string,
        to: query.to as string,
        ...(query.duration ? { durationMinutes: query.duration as number } : {}),
        ...(query.seats ? { seats: query.seats as number } : {}),
        group: p?.group ?? 'resident',
      });
      if (!found)
        throw new BookingError({
          code: 'not_found',
          title: 'Not found',
          message: `Resource "${params.id}" was not found.`,
        });
      return { body: found };
    },
    nextSlot: async ({ query, person: p }) => ({
      body: await service.nextFreeSlot({
        category: query.category as string,
        ...(query.duration ? { durationMinutes: query.duration as number } : {}),
        ...(query.seats ? { seats: query.seats as number } : {}),
        group: p?.group ?? 'resident',
      }),
    }),
    resourceFeed: async ({ params }) => {
      const resource = await service.getResource(params.id as string);
      const now = Date.now();
      const reservations = await service.listReservations({
        resourceId: resource.id,
        active: true,
        from: new Date(now - 30 * 86_400_000),
        to: new Date(now + 400 * 86_400_000),
      });
      return calendarResponse(resourceFeedIcs(resource, reservations, ics), `${resource.id}.ics`);
    },
    createReservation: async (i) => {
      const key =
        i.c.req.header('idempotency-key') ?? (i.body.idempotencyKey as string | undefined);
      const r = await service.createReservation({
        ...(i.body as { resourceId: string; start: string }),
        ...person(i),
        ...(key ? { idempotencyKey: key } : {}),
      });
      return { status: 201, body: r };
    },
    myReservations: async (i) => ({
      body: await service.listReservations({
        ...(i.staff && i.query.resourceId ? {} : { personId: person(i).personId }),
        ...(i.query.resourceId ? { resourceId: String(i.query.resourceId) } : {}),
        ...(i.query.status ? { status: i.query.status as Reservation['status'] } : {}),
      }),
    }),
    getReservation: async (i) => ({ body: await own(i.params.id as string, i) }),
    reservationIcs: async (i) => {
      const r = await own(i.params.id as string, i);
      return calendarResponse(
        reservationIcs(r, await service.getResource(r.resourceId), ics),
        `reservierung-${r.id}.ics`,
      );
    },
    cancelReservation: async (i) => {
      await own(i.params.id as string, i);
      return {
        body: await service.cancel(i.params.id as string, {
          actor: actor(i),
          asStaff: i.staff,
          ...(i.body.reason ? { reason: String(i.body.reason) } : {}),
        }),
      };
    },
    rescheduleReservation: async (i) => {
      await own(i.params.id as string, i);
      return {
        body: await service.reschedule(i.params.id as string, {
          ...(i.body as { start: string }),
          actor: actor(i),
          asStaff: i.staff,
        }),
      };
    },
    checkIn: async (i) => {
      await own(i.params.id as string, i);
      return { body: await service.checkIn(i.params.id as string, { actor: actor(i) }) };
    },
    pendingApprovals: async ({ query }) => ({
      body: await service.listReservations({
        status: 'pending',
        ...(query.resourceId ? { resourceId: String(query.resourceId) } : {}),
      }),
    }),
    approveReservation: async (i) => ({
      body: await service.approve(i.params.id as string, { actor: actor(i) }),
    }),
    declineReservation: async (i) => ({
      body: await service.decline(i.params.id as string, {
        actor: actor(i),
        ...(i.body.reason ? { reason: String(i.body.reason) } : {}),
      }),
    }),
    markNoShow: async (i) => ({
      body: await service.markNoShow(i.params.id as string, { actor: actor(i) }),
    }),
    createSeries: async (i) => ({
      status: 201,
      body: await service.createSeries({
        ...(i.body as unknown as Parameters<BookingService['createSeries']>[0]),
        ...person(i),
      }),
    }),
    joinWaitlist: async (i) => ({
      status: 201,
      body: await service.joinWaitlist({
        ...(i.body as { resourceId: string; start: string }),
        ...person(i),
      }),
    }),
    acceptOffer: async (i) => ({
      status: 201,
      body: await service.acceptOffer(i.params.id as string, { personId: person(i).personId }),
    }),
    leaveWaitlist: async (i) => {
      await service.withdrawFromWaitlist(i.params.id as string, { personId: person(i).personId });
      return new Response(null, { status: 204 });
    },
  };

  const app = new Hono();
  for (const route of bookingRoutes) {
    const handler = handlers[route.id];
    if (!handler) throw new Error(`No handler for booking route ${route.id}`);
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      const who = await options.identify(c);
      const staff = await options.isStaff(c);
      if (route.role === 'person' && !who) {
        return c.json(
          {
            code: 'unauthenticated',
            message: 'Say who you are to book.',
            hint: 'Sign in or allow the app to keep an installation id.',
          },
          401,
        );
      }
      if (route.role === 'staff' && !staff) {
        return c.json({ code: 'forbidden', message: 'This needs a staff login.' }, who ? 403 : 401);
      }
      let rawBody: unknown = {};
      if (route.body) {
        try {
          rawBody = await c.req.json();
        } catch {
          rawBody = c.req.header('content-length') === '0' ? {} : undefined;
          if (rawBody === undefined) {
            return c.json(
              { code: 'invalid_input', message: 'The request body must be JSON.', field: 'body' },
              400,
            );
          }
        }
      }
      const input: Input = {
        params: validate(route.params, c.req.param(), 'params') as Record<string, string>,
        query: validate(route.query, c.req.query(), 'query'),
        body: validate(route.body, rawBody, 'body'),
        person: who,
        staff,
        c,
      };
      const result = await handler(input);
      if (result instanceof Response) return result;
      return c.json(result.body as object, (result.status ?? 200) as 200);
    });
  }
  app.onError((err, c) => {
    const e = err as { status?: unknown; toJSON?: () => unknown };
    if (
      err instanceof BookingError ||
      (typeof e.status === 'number' && typeof e.toJSON === 'function')
    ) {
      return c.json(e.toJSON?.() as object, (e.status as 400) ?? 400);
    }
    throw err;
  });
  return app;
}
