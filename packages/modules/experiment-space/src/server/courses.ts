import {
  formatLocal,
  type Occupancy,
  type Reservation,
  type Resource,
  toInstant,
  type WaitlistEntry,
} from '@city-app/booking';
import { cityError, isCityAppError } from '@city-app/core';
import type { Queryable } from '@city-app/server';
import type {
  BookingCreated,
  CourseInput,
  CourseSession,
  CourseSummary,
  Localized,
  OptionalLocalized,
  Photo,
  RegistrationRequest,
  SessionInput,
  StaffBooking,
} from '../api.js';
import { BOOKER_GROUPS, type CourseConfig } from '../config.js';
import type { BookingRow, Bookings } from './bookings/index.js';
import type { Catalogue } from './catalogue.js';
import { personOf, pickRules, type SpaceContext } from './context.js';
import { checkPhoto } from './photo.js';

export interface CourseRow {
  id: string;
  resource_id: string;
  title: Localized;
  description: OptionalLocalized;
  seats: number;
  location: string | null;
  remote: boolean;
  provider: string | null;
  photo: Photo | null;
}

export interface SessionRow {
  course_id: string;
  id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  room_reservation_id: string | null;
  cancelled: boolean;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const SESSION_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Courses with seats per session, built on capacity resources of the booking core. */
export function courses(ctx: SpaceContext, resources: Catalogue, bookingsApi: Bookings) {
  const { db } = ctx;
  const resourceIdOf = (courseId: string) => `kurs-${courseId}`;

  async function load(id: string): Promise<CourseRow> {
    const { rows } = await db.query<CourseRow>(
      'SELECT * FROM experiment_space_courses WHERE id = $1',
      [id],
    );
    if (!rows[0]) throw cityError('space_course_not_found', { id });
    return rows[0];
  }

  async function sessionsOf(courseId: string): Promise<SessionRow[]> {
    const { rows } = await db.query<SessionRow>(
      'SELECT * FROM experiment_space_sessions WHERE course_id = $1 ORDER BY starts_at, id',
      [courseId],
    );
    return rows;
  }

  const localOf = (instant: string) => formatLocal(Date.parse(instant), ctx.timezone);

  /** The sessions and the rooms of these courses, each read for all of them at once. */
  async function partsOf(list: readonly CourseRow[]) {
    const rooms = [...new Set(list.flatMap((c) => (c.location ? [c.location] : [])))];
    const [{ rows: sessions }, found] = await Promise.all([
      db.query<SessionRow>(
        'SELECT * FROM experiment_space_sessions WHERE course_id = ANY($1::text[]) ORDER BY starts_at, id',
        [list.map((c) => c.id)],
      ),
      rooms.length
        ? ctx.booking.listResources({ ids: rooms, includeInactive: true })
        : Promise.resolve([]),
    ]);
    return { sessions, found };
  }

  /**
   * Courses as residents see them, in a fixed number of queries however many courses and
   * sessions there are: their sessions, the seats taken and the people waiting in each, and
   * their rooms, each read for all courses at once (or passed in, when read already).
   */
  async function views(
    list: readonly CourseRow[],
    read?: { sessions: readonly (SessionRow & Occupancy)[]; rooms: readonly Resource[] },
  ): Promise<CourseSummary[]> {
    if (list.length === 0) return [];
    const parts = read ? { sessions: read.sessions, found: read.rooms } : await partsOf(list);
    const byId = new Map(list.map((c) => [c.id, c]));
    const sessions = parts.sessions.filter((s) => byId.has(s.course_id));
    const found = parts.found;
    // Sessions read with their occupancy (the catalogue) need no query for it.
    const used: readonly Occupancy[] = read
      ? (sessions as readonly (SessionRow & Occupancy)[])
      : await ctx.booking.occupancy(
          sessions.map((s) => ({
            resourceId: byId.get(s.course_id)?.resource_id as string,
            start: iso(s.starts_at),
            end: iso(s.ends_at),
          })),
        );
    const roomOf = new Map(found.map((room) => [room.id, { id: room.id, name: room.name }]));
    const sessionsOf = new Map<string, CourseSession[]>();
    sessions.forEach((s, i) => {
      const course = byId.get(s.course_id) as CourseRow;
      const start = iso(s.starts_at);
      const end = iso(s.ends_at);
      const { seats, waiting } = used[i] as { seats: number; waiting: number };
      const shown = sessionsOf.get(s.course_id) ?? [];
      shown.push({
        id: s.id,
        start,
        end,
        startLocal: localOf(start),
        endLocal: localOf(end),
        seats: course.seats,
        seatsLeft: s.cancelled ? 0 : Math.max(0, course.seats - seats),
        waiting,
        cancelled: s.cancelled,
      });
      sessionsOf.set(s.course_id, shown);
    });
    return list.map((course) => ({
      id: course.id,
      title: course.title,
      description: course.description,
      seats: course.seats,
      location: (course.location && roomOf.get(course.location)) || null,
      remote: course.remote,
      provider: course.provider,
      photo: course.photo ?? null,
      sessions: sessionsOf.get(course.id) ?? [],
    }));
  }

  async function view(course: CourseRow): Promise<CourseSummary> {
    return (await views([course]))[0] as CourseSummary;
  }

  /** Opens the course's seats exactly at its sessions' times on that date. */
  async function openDay(course: CourseRow, date: string): Promise<void> {
    const { rows } = await db.query<{ opens: string; closes: string }>(
      `SELECT to_char(starts_at AT TIME ZONE $3, 'HH24:MI') AS opens, to_char(ends_at AT TIME ZONE $3, 'HH24:MI') AS closes
         FROM experiment_space_sessions
        WHERE course_id = $1 AND NOT cancelled AND to_char(starts_at AT TIME ZONE $3, 'YYYY-MM-DD') = $2
        ORDER BY starts_at`,
      [course.id, date, ctx.timezone],
    );
    if (rows.length === 0) await ctx.booking.removeException(course.resource_id, date);
    else
      await ctx.booking.setException(course.resource_id, { date, closed: false, intervals: rows });
  }

  async function locationText(
    location: string | undefined,
    remote: boolean,
  ): Promise<string | undefined> {
    const parts: string[] = [];
    if (location) {
      if (!(await resources.exists(location))) {
        throw cityError('space_unknown_room', { id: location }, { field: 'location' });
      }
      const room = await ctx.booking.getResource(location);
      parts.push(room.location ? `${room.name.de}, ${room.location}` : room.name.de);
    }
    if (remote) parts.push('online');
    return parts.length ? parts.join(' / ') : undefined;
  }

  async function addSession(
    course: CourseRow,
    input: SessionInput,
    opts: { strictRoom: boolean },
  ): Promise<void> {
    if (!SESSION_ID.test(input.id)) {
      throw cityError('space_session_id_format', {}, { field: 'id' });
    }
    const start = LOCAL.test(input.start) ? toInstant(input.start, ctx.timezone) : Number.NaN;
    const end = LOCAL.test(input.end) ? toInstant(input.end, ctx.timezone) : Number.NaN;
    if (Number.isNaN(start)) throw cityError('space_session_start_format', {}, { field: 'start' });
    if (Number.isNaN(end) || input.end.slice(0, 10) !== input.start.slice(0, 10) || end <= start) {
      throw cityError('space_session_end', {}, { field: 'end' });
    }
    const { rows: exists } = await db.query(
      'SELECT 1 FROM experiment_space_sessions WHERE course_id = $1 AND id = $2',
      [course.id, input.id],
    );
    if (exists.length) throw cityError('space_session_exists', { id: input.id }, { field: 'id' });
    let room: Reservation | undefined;
    if (course.location) {
      try {
        room = await ctx.booking.createReservation({
          resourceId: course.location,
          personId: `course:${course.id}`,
          group: 'staff',
          start: input.start,
          end: input.end,
          idempotencyKey: `experiment-space:course:${course.id}:${input.id}`,
          note: course.title.de,
        });
      } catch (error) {
        if (opts.strictRoom) throw error;
        ctx.log.warn(
          `The room of course "${course.id}" is not free for session ${input.id}; the session has no room reserved.`,
          {
            error: (error as Error).message,
          },
        );
      }
    }
    const startInstant = new Date(start).toISOString();
    const endInstant = new Date(end).toISOString();
    await db.query(
      `INSERT INTO experiment_space_sessions (course_id, id, starts_at, ends_at, room_reservation_id)
       VALUES ($1, $2, $3::timestamptz, $4::timestamptz, $5)`,
      [course.id, input.id, startInstant, endInstant, room?.id ?? null],
    );
    await openDay(course, input.start.slice(0, 10));
  }

  async function create(
    input: CourseInput | CourseConfig,
    position?: number,
  ): Promise<CourseSummary> {
    const { rows: taken } = await db.query('SELECT 1 FROM experiment_space_courses WHERE id = $1', [
      input.id,
    ]);
    if (taken.length) throw cityError('space_course_exists', { id: input.id }, { field: 'id' });
    await checkPhoto(db, input.photo);
    const location = await locationText(input.location, input.remote ?? false);
    const resourceId = resourceIdOf(input.id);
    await ctx.booking.createResource({
      id: resourceId,
      kind: 'capacity',
      category: 'course',
      name: input.title,
      description: input.description ?? {},
      ...(location ? { location } : {}),
      capacity: input.seats,
      closedOnPublicHolidays: false,
      rules: {
        granularityMinutes: 5,
        minDurationMinutes: 5,
        maxDurationMinutes: 1440,
        maxHorizonDays: 730,
        minNoticeMinutes: 0,
        ...pickRules({
          cancellationDeadlineMinutes: ctx.config.rules.cancellationDeadlineMinutes,
          waitlistOfferMinutes: ctx.config.rules.waitlistOfferMinutes,
        }),
        reminderMinutes: ctx.config.reminderHours * 60,
      },
      openingHours: [],
    });
    const { rows } = await db.query<CourseRow>(
      `INSERT INTO experiment_space_courses (id, resource_id, title, description, seats, location, remote, provider, photo, position)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9::jsonb, coalesce($10, (SELECT count(*) FROM experiment_space_courses)))
       RETURNING *`,
      [
        input.id,
        resourceId,
        JSON.stringify(input.title),
        JSON.stringify(input.description ?? {}),
        input.seats,
        input.location ?? null,
        input.remote ?? false,
        input.provider ?? null,
        input.photo ? JSON.stringify(input.photo) : null,
        position ?? null,
      ],
    );
    const course = rows[0] as CourseRow;
    for (const session of input.sessions ?? []) {
      await addSession(course, session, { strictRoom: position === undefined });
    }
    // A course staff add is news for residents who follow the library's courses.
    if (position === undefined && ctx.notify) {
      await ctx.notify
        .send(db, {
          topic: 'experiment-space.courses',
          title: {
            de: `Neuer Kurs: ${input.title.de}`,
            en: `New course: ${input.title.en ?? input.title.de}`,
          },
          body: {
            de: `${input.seats} Plätze im Digitalen Experimentierraum. Jetzt anmelden.`,
            en: `${input.seats} places in the digital experiment space. Register now.`,
          },
          url: ctx.webPath,
          idempotencyKey: `experiment-space:course:${input.id}`,
        })
        .catch((error: unknown) =>
          ctx.log.warn('The push about a new course could not be queued', { error: String(error) }),
        );
    }
    return view(course);
  }

  return {
    summaries: views,

    async list(): Promise<CourseSummary[]> {
      const { rows } = await db.query<CourseRow>(
        'SELECT * FROM experiment_space_courses ORDER BY position, id',
      );
      return views(rows);
    },

    async get(id: string): Promise<CourseSummary> {
      return view(await load(id));
    },

    create,

    async update(id: string, input: Omit<CourseInput, 'id' | 'sessions'>): Promise<CourseSummary> {
      const course = await load(id);
      await checkPhoto(db, input.photo);
      if ((input.location ?? null) !== course.location) {
        const active = (await sessionsOf(id)).filter((s) => !s.cancelled);
        if (active.length) {
          throw cityError('space_room_fixed', {}, { field: 'location' });
        }
      }
      const location = await locationText(input.location, input.remote ?? false);
      await ctx.booking.updateResource(course.resource_id, {
        name: input.title,
        description: input.description ?? {},
        ...(location ? { location } : {}),
        capacity: input.seats,
      });
      const { rows } = await db.query<CourseRow>(
        `UPDATE experiment_space_courses SET title = $2::jsonb, description = $3::jsonb, seats = $4, location = $5,
           remote = $6, provider = $7, photo = $8::jsonb WHERE id = $1 RETURNING *`,
        [
          id,
          JSON.stringify(input.title),
          JSON.stringify(input.description ?? {}),
          input.seats,
          input.location ?? null,
          input.remote ?? false,
          input.provider ?? null,
          input.photo ? JSON.stringify(input.photo) : null,
        ],
      );
      return view(rows[0] as CourseRow);
    },

    async addSession(id: string, input: SessionInput): Promise<CourseSummary> {
      const course = await load(id);
      await addSession(course, input, { strictRoom: true });
      return view(course);
    },

    /** Cancels a session: its registrations are cancelled and told, the room is freed. */
    async cancelSession(id: string, sessionId: string, actor: string): Promise<CourseSummary> {
      const course = await load(id);
      const session = (await sessionsOf(id)).find((s) => s.id === sessionId);
      if (!session) throw cityError('space_session_not_found', { id: sessionId });
      if (!session.cancelled) {
        await db.query(
          'UPDATE experiment_space_sessions SET cancelled = true WHERE course_id = $1 AND id = $2',
          [id, sessionId],
        );
        const { rows } = await db.query<BookingRow>(
          'SELECT * FROM experiment_space_bookings WHERE course_id = $1 AND session_id = $2',
          [id, sessionId],
        );
        for (const row of rows) {
          const s = await bookingsApi.state(row);
          if (bookingsApi.isActive(s.status) || s.status === 'waiting' || s.status === 'offered') {
            await bookingsApi.cancelByStaff(
              row.id,
              actor,
              'Der Termin fällt aus. / The date is cancelled.',
            );
          }
        }
        if (session.room_reservation_id) {
          await ctx.booking
            .cancel(session.room_reservation_id, { actor, asStaff: true })
            .catch(() => undefined);
        }
        await openDay(course, localOf(iso(session.starts_at)).slice(0, 10));
      }
      return view(course);
    },

    async participants(id: string, sessionId: string): Promise<StaffBooking[]> {
      await load(id);
      const { rows } = await db.query<BookingRow>(
        'SELECT * FROM experiment_space_bookings WHERE course_id = $1 AND session_id = $2 ORDER BY created_at',
        [id, sessionId],
      );
      return (await bookingsApi.statesOf(rows)).map(bookingsApi.staffView);
    },

    /**
     * Registers for a session: a seat while there is one and nobody is waiting (an open offer
     * holds its place), else a place on the waitlist.
     */
    async register(
      id: string,
      input: RegistrationRequest,
      origin?: string,
    ): Promise<BookingCreated> {
      const course = await load(id);
      const session = (await sessionsOf(id)).find((s) => s.id === input.sessionId);
      if (!session || session.cancelled) {
        throw cityError('space_no_such_date', { id: input.sessionId }, { field: 'sessionId' });
      }
      const group = bookingsApi.checkBooker(input, [...BOOKER_GROUPS]);
      const email = personOf(input.email);
      const seats = input.seats ?? 1;
      const { rows: mine } = await db.query<BookingRow>(
        `SELECT * FROM experiment_space_bookings WHERE course_id = $1 AND session_id = $2 AND email = $3`,
        [id, input.sessionId, email],
      );
      for (const row of mine) {
        const s = await bookingsApi.state(row);
        if (bookingsApi.isActive(s.status) || s.status === 'waiting' || s.status === 'offered') {
          throw cityError('space_already_registered', {}, { field: 'email' });
        }
      }
      const start = iso(session.starts_at);
      const end = iso(session.ends_at);
      const queue = (await ctx.booking.listWaitlist(course.resource_id)).filter(
        (w) => w.start < end && start < w.end,
      );
      const request = { resourceId: course.resource_id, personId: email, group, start, end, seats };
      // Who registered and their e-mail are written in the transaction of the seat or the place
      // on the waitlist: both or neither.
      const made: { row?: BookingRow } = {};
      const store = async (
        tx: Queryable,
        held: { reservation: Reservation } | { entry: WaitlistEntry },
      ) => {
        const row = await bookingsApi.insertRow(tx, {
          kind: 'course',
          resourceId: course.resource_id,
          courseId: id,
          sessionId: input.sessionId,
          ...held,
          name: input.name.trim(),
          email,
          organisation: input.organisation?.trim() || undefined,
          group,
          locale: input.locale ?? 'de',
          seats,
          origin,
          installationId: input.installationId,
        });
        await bookingsApi.tell(
          tx,
          await bookingsApi.state(row, tx),
          'reservation' in held ? 'confirmed' : 'waitlisted',
        );
        made.row = row;
      };
      let reservation: Reservation | undefined;
      if (queue.length === 0) {
        try {
          reservation = await ctx.booking.createReservation(request, {
            within: (tx, reservation) => store(tx, { reservation }),
          });
        } catch (error) {
          if (!isCityAppError(error, 'slot_taken')) throw error;
        }
      }
      if (!reservation) {
        await ctx.booking.joinWaitlist(request, { within: (tx, entry) => store(tx, { entry }) });
      }
      const row = made.row as BookingRow;
      // Read again: a place on the waitlist may have been offered right away.
      const s = await bookingsApi.state(row);
      return { token: row.token, booking: bookingsApi.privateView(s) };
    },
  };
}

export type Courses = ReturnType<typeof courses>;
