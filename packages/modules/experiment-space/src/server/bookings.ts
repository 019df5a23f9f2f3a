import { randomBytes } from 'node:crypto';
import {
  type Reservation,
  type Resource,
  reservationIcs,
  type WaitlistEntry,
} from '@city-app/booking';
import { isCityAppError } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type {
  BookerGroup,
  BookingCreated,
  BookingRequest,
  BookingStatus,
  Locale,
  Localized,
  PrivateBooking,
  RescheduleRequest,
  StaffBooking,
} from '../api.js';
import type { Catalogue } from './catalogue.js';
import { effectiveRules, personOf, type SpaceContext } from './context.js';
import { invalid, notFound, refused } from './errors.js';
import { enqueueMail } from './mail/queue.js';
import { composeMail, type MailKind } from './mail/texts.js';
import { checkProviderQuota } from './provider-quotas.js';
import { isPushKind, queuePush } from './push.js';

export interface BookingRow {
  id: string;
  token: string;
  kind: 'resource' | 'course';
  resource_id: string;
  course_id: string | null;
  session_id: string | null;
  reservation_id: string | null;
  waitlist_id: string | null;
  name: string;
  email: string;
  organisation: string | null;
  person_group: BookerGroup;
  locale: Locale;
  note: string | null;
  seats: number;
  origin: string | null;
  installation_id: string | null;
  ends_at: Date | string;
  anonymised_at: Date | string | null;
  created_at: Date | string;
}

/** Where a booking stands: its reservation, or its place on the waitlist. */
export interface State {
  row: BookingRow;
  resource: Resource;
  reservation: Reservation | null;
  entry: WaitlistEntry | null;
  course: { id: string; title: Localized; sessionId: string } | null;
  status: BookingStatus;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
}

const ACTIVE: BookingStatus[] = ['pending', 'confirmed', 'checked_in', 'no_show'];

export const newToken = () => randomBytes(24).toString('base64url');

/** Resident bookings and course registrations, and what staff do with them. */
export function bookings(ctx: SpaceContext, resources: Catalogue) {
  const { db } = ctx;

  /** A booking row; inside a booking core hook pass its `tx` as `q`. */
  async function rowBy(
    column: 'token' | 'id' | 'reservation_id' | 'waitlist_id',
    value: string,
    q: Queryable = db,
  ) {
    const uuid = column !== 'token';
    if (uuid && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
      return undefined;
    }
    const { rows } = await q.query<BookingRow>(
      `SELECT * FROM experiment_space_bookings WHERE ${column} = $1${uuid ? '::uuid' : ''}`,
      [value],
    );
    return rows[0];
  }

  async function byToken(token: string): Promise<BookingRow> {
    const row = token.length >= 20 ? await rowBy('token', token) : undefined;
    if (!row) {
      throw refused('not_found', 'There is no booking for this link.', {
        status: 404,
        hint: 'Check the link in your e-mail; an erased booking has no link any more.',
      });
    }
    return row;
  }

  /**
   * Where a booking stands. Inside a booking core hook pass its `tx` as `q`: it then reads what
   * the transaction wrote (and PGlite's one connection is not asked twice).
   */
  async function state(row: BookingRow, q: Queryable = db): Promise<State> {
    const tx = { tx: q };
    const resource = await ctx.booking.getResource(row.resource_id, tx);
    let course: State['course'] = null;
    if (row.course_id && row.session_id) {
      const { rows } = await q.query<{ title: Localized }>(
        'SELECT title FROM experiment_space_courses WHERE id = $1',
        [row.course_id],
      );
      course = {
        id: row.course_id,
        title: rows[0]?.title ?? resource.name,
        sessionId: row.session_id,
      };
    }
    if (row.reservation_id) {
      const reservation = await ctx.booking.getReservation(row.reservation_id as string, tx);
      return {
        row,
        resource,
        reservation,
        entry: null,
        course,
        status: reservation.status,
        start: reservation.start,
        end: reservation.end,
        startLocal: reservation.startLocal,
        endLocal: reservation.endLocal,
      };
    }
    const entry = await ctx.booking.getWaitlistEntry(row.waitlist_id as string, tx);
    return {
      row,
      resource,
      reservation: null,
      entry,
      course,
      status: entry.status === 'accepted' ? 'confirmed' : entry.status,
      start: entry.start,
      end: entry.end,
      startLocal: entry.startLocal,
      endLocal: entry.endLocal,
    };
  }

  function changeableUntil(s: State): string | null {
    if (!s.reservation || !['pending', 'confirmed'].includes(s.status)) return null;
    const rules = effectiveRules(s.resource, s.row.person_group);
    return new Date(Date.parse(s.start) - rules.cancellationDeadlineMinutes * 60_000).toISOString();
  }

  function privateView(s: State): PrivateBooking {
    const { row } = s;
    return {
      kind: row.kind,
      status: s.status,
      resourceId: row.resource_id,
      resourceName: s.resource.name,
      course: s.course,
      start: s.start,
      end: s.end,
      startLocal: s.startLocal,
      endLocal: s.endLocal,
      seats: row.seats,
      name: row.name,
      email: row.email,
      organisation: row.organisation,
      group: row.person_group,
      locale: row.locale,
      push: row.installation_id !== null,
      offerExpiresAt: s.entry?.status === 'offered' ? s.entry.offerExpiresAt : null,
      changeableUntil: changeableUntil(s),
      icsUrl: `${ctx.apiPath}/bookings/${row.token}/booking.ics`,
      manageUrl: `${ctx.webPath}/buchung/${row.token}`,
      createdAt: new Date(row.created_at).toISOString(),
    };
  }

  function staffView(s: State): StaffBooking {
    const { row } = s;
    return {
      id: row.id,
      kind: row.kind,
      status: s.status,
      resourceId: row.resource_id,
      resourceName: s.resource.name,
      course: s.course,
      start: s.start,
      end: s.end,
      startLocal: s.startLocal,
      endLocal: s.endLocal,
      seats: row.seats,
      name: row.name,
      email: row.email,
      organisation: row.organisation,
      group: row.person_group,
      locale: row.locale,
      note: row.note,
      anonymised: row.anonymised_at !== null,
      createdAt: new Date(row.created_at).toISOString(),
    };
  }

  function ics(s: State): string | null {
    if (!s.reservation) return null;
    const resource = s.course
      ? { ...s.resource, name: s.course.title }
      : { ...s.resource, location: placeOf(s) };
    return reservationIcs(s.reservation, resource, {
      timezone: ctx.timezone,
      uidDomain: ctx.city.town.slug,
      now: ctx.now(),
    });
  }

  function placeOf(s: State): string {
    const { library } = ctx.config;
    return [s.resource.location, library.name, library.address.replace(/\n/g, ', ')]
      .filter(Boolean)
      .join(', ');
  }

  /**
   * Queues the e-mail of `kind` about this booking, in the booker's language, and the push to
   * their device if they chose it — in `q`, the transaction of the change it tells about.
   */
  async function tell(
    q: Queryable,
    s: State,
    kind: MailKind,
    extra: { reason?: string } = {},
  ): Promise<void> {
    const { row } = s;
    if (row.anonymised_at) return;
    const locale = row.locale;
    const origin = ctx.publicUrl ?? row.origin ?? '';
    const what = s.course
      ? (s.course.title[locale] ?? s.course.title.de)
      : (s.resource.name[locale] ?? s.resource.name.de);
    const { library } = ctx.config;
    const mail = composeMail({
      kind,
      locale,
      name: row.name,
      what,
      start: s.start,
      end: s.end,
      timezone: ctx.timezone,
      place: placeOf(s),
      manageUrl: `${origin}${ctx.webPath}/buchung/${row.token}`,
      library: {
        name: library.name,
        address: library.address,
        ...(library.email ? { email: library.email } : {}),
        ...(library.phone ? { phone: library.phone } : {}),
      },
      ...(extra.reason ? { reason: extra.reason } : {}),
      ...(s.entry?.offerExpiresAt ? { offerExpiresAt: s.entry.offerExpiresAt } : {}),
    });
    const withIcs = ['confirmed', 'pending', 'approved', 'rescheduled', 'reminder'].includes(kind);
    const mailId = await enqueueMail(
      q,
      {
        bookingId: row.id,
        kind,
        recipient: row.email,
        subject: mail.subject,
        body: mail.body,
        ics: withIcs ? ics(s) : null,
      },
      ctx.now(),
    );
    if (row.installation_id && isPushKind(kind)) {
      const name = s.course ? s.course.title : s.resource.name;
      await queuePush(ctx, q, {
        installationId: row.installation_id,
        bookingId: row.id,
        kind,
        n: mailId,
        url: `${ctx.webPath}/buchung/${row.token}`,
        facts: {
          what: { de: name.de, ...(name.en ? { en: name.en } : {}) },
          start: s.start,
          end: s.end,
          timezone: ctx.timezone,
          ...(s.entry?.offerExpiresAt ? { offerExpiresAt: s.entry.offerExpiresAt } : {}),
        },
      });
    }
  }

  /** Stores who booked, in the transaction `q` that makes the reservation or waitlist place. */
  async function insertRow(
    q: Queryable,
    values: {
      kind: 'resource' | 'course';
      resourceId: string;
      courseId?: string;
      sessionId?: string;
      reservation?: Reservation;
      entry?: WaitlistEntry;
      name: string;
      email: string;
      organisation?: string | undefined;
      group: BookerGroup;
      locale: Locale;
      note?: string | undefined;
      seats: number;
      origin?: string | undefined;
      installationId?: string | undefined;
    },
  ): Promise<BookingRow> {
    const { rows } = await q.query<BookingRow>(
      `INSERT INTO experiment_space_bookings (token, kind, resource_id, course_id, session_id, reservation_id, waitlist_id,
         name, email, organisation, person_group, locale, note, seats, origin, ends_at, created_at, installation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::timestamptz, $17::timestamptz, $18)
       RETURNING *`,
      [
        newToken(),
        values.kind,
        values.resourceId,
        values.courseId ?? null,
        values.sessionId ?? null,
        values.reservation?.id ?? null,
        values.entry?.id ?? null,
        values.name,
        values.email,
        values.organisation ?? null,
        values.group,
        values.locale,
        values.note ?? null,
        values.seats,
        values.origin ?? null,
        values.reservation?.end ?? values.entry?.end,
        ctx.now().toISOString(),
        values.installationId ?? null,
      ],
    );
    return rows[0] as BookingRow;
  }

  function checkBooker(
    input: { group?: BookerGroup; organisation?: string | undefined },
    bookableBy: BookerGroup[],
  ) {
    const group = input.group ?? 'resident';
    if (group !== 'resident' && !input.organisation?.trim()) {
      throw invalid(
        'organisation',
        'organisation: a group booking needs the name of the school, association, business or provider.',
        'Enter the organisation’s name, or book as a private person.',
      );
    }
    if (!bookableBy.includes(group)) {
      throw refused(
        'not_bookable_by_group',
        `This can be booked only by: ${bookableBy.join(', ')}.`,
        {
          field: 'group',
          hint: 'Choose a group that may book it, or ask the library.',
          status: 403,
        },
      );
    }
    return group;
  }

  async function loadByIdForStaff(id: string): Promise<State> {
    const row = await rowBy('id', id);
    if (!row) throw notFound(`The booking "${id}"`);
    return state(row);
  }

  async function statesOf(rows: BookingRow[]): Promise<State[]> {
    const out: State[] = [];
    for (const row of rows) out.push(await state(row));
    return out;
  }

  return {
    rowBy,
    byToken,
    state,
    tell,
    insertRow,
    checkBooker,
    privateView,
    staffView,
    ics,
    statesOf,

    /**
     * A resident books a resource; the reply carries the private link's token. The reservation,
     * the row of who booked, the education provider's quota check and the e-mail (and push) are
     * one transaction: all of them or none.
     */
    async book(
      input: BookingRequest,
      opts: { idempotencyKey?: string; origin?: string },
    ): Promise<{ created: BookingCreated; replayed: boolean }> {
      if (!(await resources.exists(input.resourceId))) {
        throw invalid('resourceId', `resourceId: there is no resource "${input.resourceId}".`);
      }
      const { meta } = await resources.loadResource(input.resourceId);
      const group = checkBooker(input, meta.bookable_by as BookerGroup[]);
      const email = personOf(input.email);
      const key = opts.idempotencyKey ? `experiment-space:${opts.idempotencyKey}` : undefined;
      const organisation = input.organisation?.trim() || undefined;
      const made: { s?: State } = {};
      const reservation = await ctx.booking.createReservation(
        {
          resourceId: input.resourceId,
          personId: email,
          group,
          start: input.start,
          durationMinutes: input.durationMinutes,
          ...(input.note ? { note: input.note } : {}),
          ...(key ? { idempotencyKey: key } : {}),
        },
        {
          within: async (tx, reservation) => {
            const row = await insertRow(tx, {
              kind: 'resource',
              resourceId: input.resourceId,
              reservation,
              name: input.name.trim(),
              email,
              organisation,
              group,
              locale: input.locale ?? 'de',
              note: input.note,
              seats: 1,
              origin: opts.origin,
              installationId: input.installationId,
            });
            if (group === 'education_provider' && organisation) {
              await checkProviderQuota(ctx, tx, { organisation, reservation });
            }
            const s = await state(row, tx);
            await tell(tx, s, s.status === 'pending' ? 'pending' : 'confirmed');
            made.s = s;
          },
        },
      );
      if (made.s) {
        return {
          created: { token: made.s.row.token, booking: privateView(made.s) },
          replayed: false,
        };
      }
      // A retried request: the same booking, the same link.
      const existing = await rowBy('reservation_id', reservation.id);
      if (!existing) {
        throw refused('idempotency_conflict', 'This Idempotency-Key belongs to another request.', {
          field: 'Idempotency-Key',
          status: 409,
          hint: 'Send a new key with each new booking.',
        });
      }
      return {
        created: { token: existing.token, booking: privateView(await state(existing)) },
        replayed: true,
      };
    },

    async get(token: string): Promise<PrivateBooking> {
      return privateView(await state(await byToken(token)));
    },

    async icsOf(token: string): Promise<string> {
      const s = await state(await byToken(token));
      const text = ics(s);
      if (!text) {
        throw refused('no_calendar_entry', 'A place on the waitlist has no calendar entry yet.', {
          status: 404,
          hint: 'You get one when you accept an offered place.',
        });
      }
      return text;
    },

    async reschedule(token: string, change: RescheduleRequest): Promise<PrivateBooking> {
      const row = await byToken(token);
      if (row.kind !== 'resource' || !row.reservation_id) {
        throw refused(
          'not_movable',
          'A course registration cannot be moved; cancel it and register for another date.',
          { field: 'start', status: 409 },
        );
      }
      await ctx.booking.reschedule(row.reservation_id as string, {
        start: change.start,
        ...(change.durationMinutes ? { durationMinutes: change.durationMinutes } : {}),
        actor: row.email,
        within: async (tx, moved) => {
          await tx.query(
            'UPDATE experiment_space_bookings SET ends_at = $2::timestamptz WHERE id = $1',
            [row.id, moved.end],
          );
          if (row.person_group === 'education_provider' && row.organisation) {
            await checkProviderQuota(ctx, tx, {
              organisation: row.organisation,
              reservation: moved,
            });
          }
          await tell(tx, await state(row, tx), 'rescheduled');
        },
      });
      return privateView(await state(row));
    },

    /** Cancels a booking, or leaves the waitlist. */
    async cancel(token: string): Promise<PrivateBooking> {
      const row = await byToken(token);
      const before = await state(row);
      if (before.reservation) {
        await ctx.booking.cancel(row.reservation_id as string, {
          actor: row.email,
          within: async (tx) => tell(tx, await state(row, tx), 'cancelled'),
        });
        return privateView(await state(row));
      }
      if (before.entry && ['waiting', 'offered'].includes(before.entry.status)) {
        await ctx.booking.withdrawFromWaitlist(row.waitlist_id as string, { personId: row.email });
      }
      return privateView(await state(row));
    },

    /** Accepts a waitlist offer: the held place becomes a registration. */
    async accept(token: string): Promise<PrivateBooking> {
      const row = await byToken(token);
      if (!row.waitlist_id) {
        throw refused('no_offer', 'This booking has no waitlist offer to accept.', { status: 409 });
      }
      if (row.reservation_id) return privateView(await state(row));
      const reservation = await ctx.booking.acceptOffer(row.waitlist_id as string, {
        personId: row.email,
        within: async (tx, reservation) => {
          await tx.query(
            'UPDATE experiment_space_bookings SET reservation_id = $2, ends_at = $3::timestamptz WHERE id = $1',
            [row.id, reservation.id, reservation.end],
          );
          await tell(tx, await state({ ...row, reservation_id: reservation.id }, tx), 'confirmed');
        },
      });
      return privateView(await state({ ...row, reservation_id: reservation.id }));
    },

    // ---- staff --------------------------------------------------------------------------

    async approve(id: string, actor: string): Promise<StaffBooking> {
      const before = await loadByIdForStaff(id);
      if (!before.reservation)
        throw refused('invalid_transition', 'Only a booking can be approved.', { status: 409 });
      await ctx.booking.approve(before.reservation?.id as string, {
        actor,
        within: async (tx) => tell(tx, await state(before.row, tx), 'approved'),
      });
      return staffView(await state(before.row));
    },

    async decline(id: string, actor: string, reason?: string): Promise<StaffBooking> {
      const before = await loadByIdForStaff(id);
      if (!before.reservation)
        throw refused('invalid_transition', 'Only a booking can be declined.', { status: 409 });
      await ctx.booking.decline(before.reservation?.id as string, {
        actor,
        ...(reason ? { reason } : {}),
        within: async (tx) =>
          tell(tx, await state(before.row, tx), 'declined', reason ? { reason } : {}),
      });
      return staffView(await state(before.row));
    },

    async checkIn(id: string, actor: string): Promise<StaffBooking> {
      const before = await loadByIdForStaff(id);
      if (!before.reservation)
        throw refused('invalid_transition', 'A waitlist place cannot check in.', { status: 409 });
      await ctx.booking.checkIn(before.reservation?.id as string, { actor });
      return staffView(await state(before.row));
    },

    async noShow(id: string, actor: string): Promise<StaffBooking> {
      const before = await loadByIdForStaff(id);
      if (!before.reservation)
        throw refused('invalid_transition', 'A waitlist place cannot be a no-show.', {
          status: 409,
        });
      await ctx.booking.markNoShow(before.reservation?.id as string, { actor });
      return staffView(await state(before.row));
    },

    /** Staff cancel (always allowed); the booker is told, with the reason. */
    async cancelByStaff(id: string, actor: string, reason?: string): Promise<StaffBooking> {
      const before = await loadByIdForStaff(id);
      if (before.reservation) {
        await ctx.booking.cancel(before.reservation?.id as string, {
          actor,
          asStaff: true,
          ...(reason ? { reason } : {}),
          within: async (tx) =>
            tell(tx, await state(before.row, tx), 'cancelled_by_staff', reason ? { reason } : {}),
        });
        return staffView(await state(before.row));
      }
      if (before.entry && ['waiting', 'offered'].includes(before.entry.status)) {
        await ctx.booking.withdrawFromWaitlist(before.row.waitlist_id as string, {
          personId: before.entry?.personId as string,
        });
      }
      return staffView(await state(before.row));
    },

    /** Bookings for staff, by start; `from`/`to` are local dates. */
    async listForStaff(filter: {
      status?: BookingStatus;
      resourceId?: string;
      from?: string;
      to?: string;
    }): Promise<StaffBooking[]> {
      const { rows } = await db.query<BookingRow>(
        `SELECT * FROM experiment_space_bookings
          WHERE ($1::text IS NULL OR resource_id = $1) ORDER BY ends_at, created_at LIMIT 5000`,
        [filter.resourceId ?? null],
      );
      const fromMs = filter.from ? Date.parse(`${filter.from}T00:00:00Z`) - 86_400_000 : null;
      const toMs = filter.to ? Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000 : null;
      const states = await statesOf(
        rows.filter((r) => {
          const end = new Date(r.ends_at).getTime();
          return (fromMs === null || end >= fromMs) && (toMs === null || end <= toMs + 86_400_000);
        }),
      );
      return states
        .filter(
          (s) =>
            (!filter.status || s.status === filter.status) &&
            (!filter.from || s.endLocal.slice(0, 10) >= filter.from) &&
            (!filter.to || s.startLocal.slice(0, 10) < filter.to),
        )
        .sort((a, b) => a.start.localeCompare(b.start))
        .map(staffView);
    },

    isActive: (status: BookingStatus) => ACTIVE.includes(status),
  };
}

export type Bookings = ReturnType<typeof bookings>;

/** Whether a refusal means "this time is taken" (then a course registration joins the waitlist). */
export const isSlotTaken = (error: unknown) =>
  isCityAppError(error, 'slot_taken') ||
  (error instanceof Error && (error as { code?: string }).code === 'slot_taken');
