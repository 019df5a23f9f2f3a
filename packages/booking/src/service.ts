import { z } from 'zod';
import { isKnownState } from './availability/holidays.js';
import { type Interval, openIntervals } from './availability/opening.js';
import { type Busy, type FreeSlot, findFreeSlots, insideOpenHours } from './availability/slots.js';
import { type BookingDatabase, type Queryable, SQLSTATE, sqlState } from './db.js';
import { type Alternative, BookingError, invalidInput, notFound } from './errors.js';
import type { BookingEvent, BookingEvents, WaitlistEntry } from './events.js';
import { ACTIVE_STATUSES } from './migrations.js';
import {
  isUuid,
  RESERVATION_COLUMNS,
  type Reservation,
  type ReservationRow,
  type ReservationStatus,
  reservationFromRow,
} from './reservations/model.js';
import {
  calendarOf,
  dateExceptionSchema,
  type LoadedResource,
  loadResources,
  parseInput,
  type Resource,
  type ResourceInput,
  resourceFromRow,
  resourceInputSchema,
  weeklyHoursSchema,
} from './resources.js';
import { type BookingRules, effectiveRules } from './rules.js';
import {
  addDays,
  assertTimeZone,
  formatLocal,
  isLocalDate,
  isoInstant,
  localParts,
  localPeriod,
  toInstant,
  zonedInstant,
} from './time/zone.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const ACTIVE = [...ACTIVE_STATUSES];

export interface BookingServiceOptions {
  /** IANA zone of the town, e.g. `Europe/Berlin`. All wall-clock times are read in it. */
  timezone: string;
  /** ISO 3166-2 code of the town's state, e.g. `DE-MV`: its public holidays close resources. */
  state: string;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  events?: BookingEvents;
  /** Called when the event sink throws; the booking itself stays committed. */
  onEventError?: (error: unknown, event: BookingEvent) => void;
  /**
   * Runs inside the transaction of what the core does on its own — a waitlist offer
   * (`processWaitlist`), a due reminder (`sendDueReminders`) — after its writes and before
   * commit: write the message for it here and it exists exactly when the change does. Throwing
   * rolls the change back. Query only on `tx`.
   */
  beforeCommit?: (tx: Queryable, event: BookingEvent) => Promise<void>;
}

/**
 * The caller's own work in the transaction of a state change: it runs after the core's writes
 * (it sees them on `tx`) and before commit, and when it throws nothing of the change is kept.
 * Query only on `tx` inside it — PGlite has a single connection, so a query on the service's
 * database handle would wait for this very transaction.
 */
export type Within<T> = (tx: Queryable, result: T) => Promise<void>;

/** The option every state-changing method takes. */
export interface WithinOption<T> {
  within?: Within<T>;
}

/** A moment given as ISO instant with offset, `Date`, or local wall time `YYYY-MM-DDTHH:MM`. */
export type TimeInput = string | Date;

export interface ReservationRequest {
  resourceId: string;
  personId: string;
  /** Person group whose rules apply: resident, school, association, business, education_provider, staff. */
  group: string;
  start: TimeInput;
  /** Either `end` or `durationMinutes`. */
  end?: TimeInput;
  durationMinutes?: number;
  seats?: number;
  /** A retried request with the same key returns the first reservation instead of a second one. */
  idempotencyKey?: string;
  note?: string;
  /** Who acts (defaults to the person). */
  actor?: string;
}

export interface Slot {
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  seatsLeft: number;
}

export interface SlotSearch {
  resourceIds?: string[];
  category?: string;
  /** Local dates: slots starting on `from` up to the day before `to`. */
  from: string;
  to: string;
  durationMinutes?: number;
  seats?: number;
  group?: string;
  /** At most this many slots per resource. */
  limit?: number;
}

export interface Recurrence {
  frequency: 'daily' | 'weekly';
  /** Every n days or weeks (default 1). */
  interval?: number;
  /** Number of occurrences, or … */
  count?: number;
  /** … the last local date an occurrence may fall on. */
  until?: string;
}

export interface SeriesRequest extends Omit<ReservationRequest, 'idempotencyKey'> {
  recurrence: Recurrence;
  /** Book the free occurrences and report the others, instead of booking nothing. */
  skipConflicts?: boolean;
}

export interface SeriesConflict {
  occurrence: number;
  start: string;
  startLocal: string;
  code: string;
  message: string;
  alternatives: Alternative[];
}

export interface SeriesResult {
  seriesId: string | null;
  reservations: Reservation[];
  conflicts: SeriesConflict[];
}

export interface AuditEntry {
  id: number;
  reservationId: string | null;
  waitlistId: string | null;
  resourceId: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  details: Record<string, unknown>;
  at: string;
}

const requestSchema = z.object({
  resourceId: z.string().min(1),
  personId: z.string().min(1).max(200),
  group: z.string().min(1).max(50),
  start: z.union([z.string(), z.date()]),
  end: z.union([z.string(), z.date()]).optional(),
  durationMinutes: z.number().int().positive().optional(),
  seats: z.number().int().min(1).default(1),
  idempotencyKey: z.string().min(1).max(200).optional(),
  note: z.string().max(2000).optional(),
  actor: z.string().min(1).optional(),
});

const recurrenceSchema = z
  .object({
    frequency: z.enum(['daily', 'weekly']),
    interval: z.number().int().min(1).max(52).default(1),
    count: z.number().int().min(1).max(200).optional(),
    until: z.string().refine(isLocalDate, { message: 'Write the date as YYYY-MM-DD.' }).optional(),
  })
  .refine((r) => (r.count === undefined) !== (r.until === undefined), {
    message: 'Give either count or until.',
  });

interface Prepared {
  resource: LoadedResource;
  rules: BookingRules;
  start: number;
  end: number;
  blockedStart: number;
  blockedEnd: number;
  seats: number;
  personId: string;
  group: string;
}

interface WaitlistRow {
  id: string;
  resource_id: string;
  person_id: string;
  person_group: string;
  seats: number;
  status: WaitlistEntry['status'];
  offer_expires_at: Date | string | null;
  reservation_id: string | null;
  start_ms: number | string;
  end_ms: number | string;
}

const WAITLIST_COLUMNS = `w.id, w.resource_id, w.person_id, w.person_group, w.seats, w.status,
  w.offer_expires_at, w.reservation_id,
  (extract(epoch from lower(w.during)) * 1000)::float8 AS start_ms,
  (extract(epoch from upper(w.during)) * 1000)::float8 AS end_ms`;

const iso = isoInstant;

/**
 * The booking core over a database handle: resources, availability, reservations, series,
 * waitlist, audit. Every refusal is a `BookingError`; the database is the last word on
 * conflicts (its exclusion constraint and capacity trigger), the checks here exist to give good
 * messages.
 */
export function createBookingService(db: BookingDatabase, options: BookingServiceOptions) {
  assertTimeZone(options.timezone);
  if (!isKnownState(options.state)) {
    throw invalidInput(
      'state',
      `Unknown state "${options.state}"; use the ISO 3166-2 code of the state, e.g. "DE-MV".`,
      'DE-MV is Mecklenburg-Vorpommern; its public holidays close the resources.',
    );
  }
  const tz = options.timezone;
  const clock = () => (options.now ? options.now() : new Date()).getTime();

  async function emit(events: BookingEvent[]): Promise<void> {
    if (!options.events) return;
    for (const event of events) {
      try {
        await options.events.emit(event);
      } catch (error) {
        options.onEventError?.(error, event);
      }
    }
  }

  function instant(value: TimeInput, field: string): number {
    const ms = toInstant(value, tz);
    if (Number.isNaN(ms)) {
      throw invalidInput(
        field,
        `${field}: "${String(value)}" is not a point in time.`,
        'Use an ISO time with offset (2025-03-30T10:00:00+02:00) or a local time (2025-03-30T10:00).',
      );
    }
    return ms;
  }

  async function loadOne(q: Queryable, resourceId: string, fromMs: number, toMs: number) {
    const [resource] = await loadResources(q, { ids: [resourceId] }, window(fromMs, toMs));
    if (!resource) throw notFound('Resource', resourceId);
    return resource;
  }

  function window(fromMs: number, toMs: number) {
    return {
      fromDate: addDays(localParts(fromMs, tz).date, -1),
      toDate: addDays(localParts(toMs, tz).date, 2),
      fromMs: fromMs - DAY,
      toMs: toMs + DAY,
    };
  }

  function openOf(resource: LoadedResource, fromMs: number, toMs: number): Interval[] {
    return openIntervals(
      calendarOf(resource, tz, options.state),
      localParts(fromMs, tz).date,
      addDays(localParts(toMs, tz).date, 1),
    );
  }

  async function busyOf(
    q: Queryable,
    resourceIds: string[],
    fromMs: number,
    toMs: number,
    excludeId?: string,
  ): Promise<Map<string, Busy[]>> {
    const { rows } = await q.query<{ resource_id: string; s: number; e: number; seats: number }>(
      `SELECT resource_id, (extract(epoch from lower(blocked)) * 1000)::float8 AS s,
              (extract(epoch from upper(blocked)) * 1000)::float8 AS e, seats
         FROM booking_reservations
        WHERE resource_id = ANY($1::text[]) AND status = ANY($2::text[])
          AND blocked && tstzrange($3::timestamptz, $4::timestamptz)
          AND ($5::uuid IS NULL OR id <> $5::uuid)`,
      [resourceIds, ACTIVE, iso(fromMs), iso(toMs), excludeId ?? null],
    );
    const out = new Map<string, Busy[]>();
    for (const r of rows) {
      const list = out.get(r.resource_id) ?? [];
      list.push({ start: Number(r.s), end: Number(r.e), seats: r.seats });
      out.set(r.resource_id, list);
    }
    return out;
  }

  /** Free slots of one loaded resource in `[fromMs, toMs)`, honouring notice and horizon. */
  function slotsOf(
    resource: LoadedResource,
    rules: BookingRules,
    busy: Busy[],
    fromMs: number,
    toMs: number,
    durationMs: number,
    seats: number,
    limit?: number,
  ) {
    const now = clock();
    const from = Math.max(fromMs, now + rules.minNoticeMinutes * MINUTE);
    const to = Math.min(toMs, now + rules.maxHorizonDays * DAY + 1);
    if (from >= to) return [];
    return findFreeSlots({
      open: openOf(resource, from, to),
      busy,
      kind: resource.kind,
      capacity: resource.kind === 'exclusive' ? 1 : resource.capacity,
      seats,
      durationMs,
      granularityMs: rules.granularityMinutes * MINUTE,
      bufferBeforeMs: rules.bufferBeforeMinutes * MINUTE,
      bufferAfterMs: rules.bufferAfterMinutes * MINUTE,
      from,
      to,
      ...(limit ? { limit } : {}),
    });
  }

  const slotView = (s: { start: number; end: number; seatsLeft: number }): Slot => ({
    start: iso(s.start),
    end: iso(s.end),
    startLocal: formatLocal(s.start, tz),
    endLocal: formatLocal(s.end, tz),
    seatsLeft: s.seatsLeft,
  });

  /** Up to three free slots of the same length nearest to the one asked for. */
  async function alternatives(
    resourceId: string,
    group: string,
    start: number,
    durationMs: number,
    seats: number,
    excludeId?: string,
  ): Promise<Alternative[]> {
    const from = start - 3 * DAY;
    const to = start + 14 * DAY;
    const resource = await loadOne(db, resourceId, from, to);
    const rules = effectiveRules(resource.rules, resource.groupRules, group);
    const busy =
      (await busyOf(db, [resourceId], from - DAY, to + DAY, excludeId)).get(resourceId) ?? [];
    const free = slotsOf(resource, rules, busy, from, to, durationMs, seats);
    return free
      .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start) || a.start - b.start)
      .slice(0, 3)
      .sort((a, b) => a.start - b.start)
      .map((s) => ({ resourceId, ...slotView(s) }));
  }

  /** Checks every rule that does not need a lock; returns what the insert needs. */
  async function prepare(
    q: Queryable,
    req: z.output<typeof requestSchema>,
    opts: { excludeId?: string; skipNotice?: boolean; noAlternatives?: boolean } = {},
  ): Promise<Prepared> {
    const start = instant(req.start, 'start');
    let end: number;
    if (req.end !== undefined) end = instant(req.end, 'end');
    else if (req.durationMinutes !== undefined) end = start + req.durationMinutes * MINUTE;
    else
      throw invalidInput(
        'end',
        'Give the end or the duration of the reservation.',
        'Add end or durationMinutes.',
      );
    if (end <= start) throw invalidInput('end', 'The end must be after the start.');

    const resource = await loadOne(q, req.resourceId, start, end);
    if (!resource.active) throw notFound('Resource', req.resourceId);
    const rules = effectiveRules(resource.rules, resource.groupRules, req.group);
    const duration = end - start;
    const seats = req.seats;
    if (resource.kind === 'exclusive' && seats !== 1) {
      throw invalidInput('seats', `"${resource.name.de}" is booked as a whole; seats must be 1.`);
    }
    if (seats > resource.capacity) {
      throw invalidInput('seats', `"${resource.name.de}" has only ${resource.capacity} seats.`);
    }
    // Inside a series' transaction the alternatives are looked up afterwards (PGlite has one connection).
    const alts = async () =>
      opts.noAlternatives
        ? []
        : alternatives(resource.id, req.group, start, duration, seats, opts.excludeId);

    if (duration < rules.minDurationMinutes * MINUTE) {
      throw new BookingError({
        code: 'too_short',
        title: 'Reservation too short',
        message: `A reservation of "${resource.name.de}" lasts at least ${rules.minDurationMinutes} minutes.`,
        hint: 'Choose a longer time.',
        field: 'end',
        details: { minMinutes: rules.minDurationMinutes, maxMinutes: rules.maxDurationMinutes },
      });
    }
    if (duration > rules.maxDurationMinutes * MINUTE) {
      throw new BookingError({
        code: 'too_long',
        title: 'Reservation too long',
        message: `A reservation of "${resource.name.de}" lasts at most ${rules.maxDurationMinutes} minutes.`,
        hint: 'Choose a shorter time or book several reservations.',
        field: 'end',
        details: { minMinutes: rules.minDurationMinutes, maxMinutes: rules.maxDurationMinutes },
      });
    }
    const now = clock();
    const earliest = now + rules.minNoticeMinutes * MINUTE;
    if (!opts.skipNotice && start < earliest) {
      throw new BookingError({
        code: 'notice_too_short',
        title: 'Too short notice',
        message:
          start < now
            ? 'This time has already begun.'
            : `"${resource.name.de}" must be booked at least ${rules.minNoticeMinutes} minutes ahead.`,
        hint: 'Choose a later time.',
        field: 'start',
        details: { earliestStart: iso(earliest), alternatives: await alts() },
      });
    }
    const latest = now + rules.maxHorizonDays * DAY;
    if (start > latest) {
      throw new BookingError({
        code: 'beyond_horizon',
        title: 'Too far ahead',
        message: `"${resource.name.de}" can be booked at most ${rules.maxHorizonDays} days ahead.`,
        hint: `Book from ${formatLocal(start - rules.maxHorizonDays * DAY, tz).replace('T', ' ')} on.`,
        field: 'start',
        details: { latestStart: iso(latest) },
      });
    }
    const open = openOf(resource, start - DAY, end);
    const interval = insideOpenHours(open, start, end);
    if (!interval) {
      throw new BookingError({
        code: 'outside_opening_hours',
        title: 'Outside opening hours',
        message: `"${resource.name.de}" is not open for the whole time from ${formatLocal(start, tz).replace('T', ' ')} to ${formatLocal(end, tz).replace('T', ' ')}.`,
        hint: 'Choose one of the free times offered, or another day.',
        field: 'start',
        details: { alternatives: await alts() },
      });
    }
    const grid = rules.granularityMinutes * MINUTE;
    if ((start - interval.start) % grid !== 0 || duration % grid !== 0) {
      throw new BookingError({
        code: 'not_on_grid',
        title: 'Not a bookable start or length',
        message: `"${resource.name.de}" is booked in steps of ${rules.granularityMinutes} minutes from ${formatLocal(interval.start, tz).slice(11)}.`,
        hint: 'Choose one of the free times offered.',
        field: 'start',
        details: { granularityMinutes: rules.granularityMinutes, alternatives: await alts() },
      });
    }
    if (rules.prerequisites.length > 0) {
      const { rows } = await q.query<{ prerequisite: string; expires_at: Date | string | null }>(
        'SELECT prerequisite, expires_at FROM booking_qualifications WHERE person_id = $1 AND prerequisite = ANY($2::text[])',
        [req.personId, rules.prerequisites],
      );
      for (const prerequisite of rules.prerequisites) {
        const held = rows.find((r) => r.prerequisite === prerequisite);
        const expiresAt = held?.expires_at ? new Date(held.expires_at).getTime() : null;
        if (!held || (expiresAt !== null && expiresAt <= end)) {
          throw new BookingError({
            code: 'prerequisite_missing',
            title: 'Prerequisite missing',
            message: held
              ? `Your "${prerequisite}" is valid only until ${formatLocal(expiresAt as number, tz).replace('T', ' ')}.`
              : `"${resource.name.de}" needs "${prerequisite}" first.`,
            hint: 'Book the briefing first; staff record it for you afterwards.',
            field: 'personId',
            details: { prerequisite, ...(expiresAt !== null ? { expiredAt: iso(expiresAt) } : {}) },
          });
        }
      }
    }
    return {
      resource,
      rules,
      start,
      end,
      blockedStart: start - rules.bufferBeforeMinutes * MINUTE,
      blockedEnd: end + rules.bufferAfterMinutes * MINUTE,
      seats,
      personId: req.personId,
      group: req.group,
    };
  }

  /** Quotas, under a per-person lock so parallel requests of one person cannot both slip under. */
  async function checkQuotas(q: Queryable, p: Prepared, excludeId?: string): Promise<void> {
    if (p.rules.quotas.length === 0) return;
    await q.query("SELECT pg_advisory_xact_lock(hashtext('city-app.booking.person:' || $1))", [
      p.personId,
    ]);
    const periods = p.rules.quotas.map((quota) => ({
      quota,
      ...localPeriod(p.start, quota.period, tz),
    }));
    const from = Math.min(...periods.map((x) => x.start));
    const to = Math.max(...periods.map((x) => x.end));
    const { rows } = await q.query<{ s: number; e: number }>(
      `SELECT (extract(epoch from lower(during)) * 1000)::float8 AS s, (extract(epoch from upper(during)) * 1000)::float8 AS e
         FROM booking_reservations
        WHERE person_id = $1 AND resource_id = $2 AND status = ANY($3::text[])
          AND lower(during) >= $4::timestamptz AND lower(during) < $5::timestamptz
          AND ($6::uuid IS NULL OR id <> $6::uuid)`,
      [p.personId, p.resource.id, ACTIVE, iso(from), iso(to), excludeId ?? null],
    );
    for (const { quota, start, end, first } of periods) {
      const inPeriod = rows.filter((r) => Number(r.s) >= start && Number(r.s) < end);
      const usedCount = inPeriod.length;
      const usedHours =
        inPeriod.reduce((sum, r) => sum + (Number(r.e) - Number(r.s)), 0) / 3_600_000;
      const hours = (p.end - p.start) / 3_600_000;
      const countOver = quota.maxCount !== undefined && usedCount + 1 > quota.maxCount;
      const hoursOver = quota.maxHours !== undefined && usedHours + hours > quota.maxHours + 1e-9;
      if (countOver || hoursOver) {
        const word = { day: 'day', week: 'week', month: 'month' }[quota.period];
        throw new BookingError({
          code: 'quota_exceeded',
          title: 'Quota used up',
          message: countOver
            ? `You may book "${p.resource.name.de}" at most ${quota.maxCount} times per ${word}.`
            : `You may book "${p.resource.name.de}" at most ${quota.maxHours} hours per ${word}; ${Math.max(0, (quota.maxHours ?? 0) - usedHours)} hours are left.`,
          hint: `Choose a time in another ${word} or a shorter time.`,
          field: 'start',
          details: {
            quota: {
              period: quota.period,
              ...(quota.maxCount !== undefined
                ? { maxCount: quota.maxCount, countLeft: Math.max(0, quota.maxCount - usedCount) }
                : {}),
              ...(quota.maxHours !== undefined
                ? { maxHours: quota.maxHours, hoursLeft: Math.max(0, quota.maxHours - usedHours) }
                : {}),
              usedCount,
              usedHours,
              periodStart: first,
            },
          },
        });
      }
    }
  }

  /** Inserts the reservation and its audit entry in one statement. */
  async function insert(
    q: Queryable,
    p: Prepared,
    extra: { idempotencyKey?: string; seriesId?: string; note?: string; actor: string },
  ): Promise<Reservation> {
    const status: ReservationStatus =
      p.rules.approvalRequired && p.group !== 'staff' ? 'pending' : 'confirmed';
    const { rows } = await q.query<ReservationRow>(
      `WITH r AS (
         INSERT INTO booking_reservations (resource_id, person_id, person_group, seats, during, blocked, status,
                                           idempotency_key, series_id, note)
         VALUES ($1, $2, $3, $4, tstzrange($5::timestamptz, $6::timestamptz, '[)'),
                 tstzrange($7::timestamptz, $8::timestamptz, '[)'), $9, $10, $11, $12)
         RETURNING *
       ), a AS (
         INSERT INTO booking_audit (reservation_id, resource_id, actor, action, to_status, details)
         SELECT id, resource_id, $13, 'created', status, $14::jsonb FROM r
       )
       SELECT ${RESERVATION_COLUMNS} FROM r`,
      [
        p.resource.id,
        p.personId,
        p.group,
        p.seats,
        iso(p.start),
        iso(p.end),
        iso(p.blockedStart),
        iso(p.blockedEnd),
        status,
        extra.idempotencyKey ?? null,
        extra.seriesId ?? null,
        extra.note ?? null,
        extra.actor,
        JSON.stringify({ start: iso(p.start), end: iso(p.end), seats: p.seats }),
      ],
    );
    return reservationFromRow(rows[0] as ReservationRow, tz);
  }

  /** Maps what the database refused to a `slot_taken` with alternatives; rethrows the rest. */
  async function refusal(error: unknown, p: Prepared, excludeId?: string): Promise<BookingError> {
    const { code } = sqlState(error);
    if (code === SQLSTATE.exclusionViolation || code === SQLSTATE.capacityExceeded) {
      const detail = (error as { detail?: string }).detail;
      return new BookingError({
        code: 'slot_taken',
        title: 'Already booked',
        message:
          code === SQLSTATE.capacityExceeded
            ? `Not enough free seats left on "${p.resource.name.de}" at this time.`
            : `"${p.resource.name.de}" is already booked at this time.`,
        hint: 'Choose one of the free times offered, or join the waitlist.',
        field: 'start',
        details: {
          ...(code === SQLSTATE.capacityExceeded && detail !== undefined
            ? { seatsLeft: Number(detail) }
            : {}),
          alternatives: await alternatives(
            p.resource.id,
            p.group,
            p.start,
            p.end - p.start,
            p.seats,
            excludeId,
          ),
        },
        cause: error,
      });
    }
    throw error;
  }

  /** Wraps a caller's hook so that its errors pass through unchanged (not read as refusals). */
  function guard<T>(within: Within<T> | undefined) {
    if (!within) return undefined;
    const hook = {
      failed: false,
      async run(tx: Queryable, result: T) {
        try {
          await within(tx, result);
        } catch (error) {
          hook.failed = true;
          throw error;
        }
      },
    };
    return hook;
  }

  async function byKey(key: string): Promise<Reservation | undefined> {
    const { rows } = await db.query<ReservationRow>(
      `SELECT ${RESERVATION_COLUMNS} FROM booking_reservations r WHERE r.idempotency_key = $1`,
      [key],
    );
    return rows[0] ? reservationFromRow(rows[0], tz) : undefined;
  }

  function replay(
    existing: Reservation,
    req: { personId: string; resourceId: string },
  ): Reservation {
    if (existing.personId !== req.personId || existing.resourceId !== req.resourceId) {
      throw new BookingError({
        code: 'idempotency_conflict',
        title: 'Idempotency key already used',
        message: 'This idempotency key belongs to another reservation.',
        hint: 'Use a new key for each new reservation.',
        field: 'idempotencyKey',
      });
    }
    return existing;
  }

  /** One reservation; inside a `within` hook pass its `tx` to read there. */
  async function getReservation(id: string, opts: { tx?: Queryable } = {}): Promise<Reservation> {
    if (!isUuid(id)) throw notFound('Reservation', id);
    const { rows } = await (opts.tx ?? db).query<ReservationRow>(
      `SELECT ${RESERVATION_COLUMNS} FROM booking_reservations r WHERE r.id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound('Reservation', id);
    return reservationFromRow(rows[0], tz);
  }

  async function createReservation(
    input: ReservationRequest,
    opts: WithinOption<Reservation> = {},
  ): Promise<Reservation> {
    const req = parseInput(requestSchema, input);
    // A retry of a request that succeeded gets what it made, whatever the rules say now: the
    // first request may have taken the last seat or used up a quota, or the notice has passed.
    const replayed = async () => {
      const existing = req.idempotencyKey ? await byKey(req.idempotencyKey) : undefined;
      return existing && replay(existing, req);
    };
    const earlier = await replayed();
    if (earlier) return earlier;
    let p: Prepared;
    try {
      p = await prepare(db, req);
    } catch (error) {
      // The first request may have committed meanwhile.
      const existing = await replayed();
      if (existing) return existing;
      throw error;
    }
    const extra = {
      idempotencyKey: req.idempotencyKey,
      note: req.note,
      actor: req.actor ?? req.personId,
    };
    let reservation: Reservation;
    const hook = guard(opts.within);
    try {
      reservation =
        p.rules.quotas.length > 0 || hook
          ? await db.transaction(async (tx) => {
              await checkQuotas(tx, p);
              const r = await insert(tx, p, extra);
              await hook?.run(tx, r);
              return r;
            })
          : await insert(db, p, extra);
    } catch (error) {
      if (hook?.failed) throw error;
      // A concurrent request with the same key got there first: its seat, its quota, its key.
      const existing = await replayed();
      if (existing) return existing;
      if (error instanceof BookingError) throw error;
      throw await refusal(error, p);
    }
    await emit([{ type: 'created', reservation }]);
    return reservation;
  }

  /** One status change with its audit entry, in one transaction. */
  async function transition(
    id: string,
    from: ReservationStatus[],
    to: ReservationStatus,
    actor: string,
    action: string,
    check?: (r: Reservation) => void,
    details: Record<string, unknown> = {},
    within?: Within<Reservation>,
  ): Promise<Reservation> {
    if (!isUuid(id)) throw notFound('Reservation', id);
    if (!actor) throw invalidInput('actor', 'Say who acts.');
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<ReservationRow>(
        `SELECT ${RESERVATION_COLUMNS} FROM booking_reservations r WHERE r.id = $1 FOR UPDATE`,
        [id],
      );
      if (!rows[0]) throw notFound('Reservation', id);
      const current = reservationFromRow(rows[0], tz);
      if (!from.includes(current.status)) {
        throw new BookingError({
          code: 'invalid_transition',
          title: 'Not possible in this state',
          message: `A reservation that is ${current.status.replace('_', ' ')} cannot be ${action.replace('_', ' ')}.`,
          field: 'status',
          details: { status: current.status },
        });
      }
      check?.(current);
      await tx.query(
        'UPDATE booking_reservations SET status = $2, updated_at = now() WHERE id = $1',
        [id, to],
      );
      await tx.query(
        `INSERT INTO booking_audit (reservation_id, resource_id, actor, action, from_status, to_status, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
        [id, current.resourceId, actor, action, current.status, to, JSON.stringify(details)],
      );
      const changed: Reservation = { ...current, status: to };
      await within?.(tx, changed);
      return changed;
    });
  }

  function cancellationCheck(rules: BookingRules, start: number, asStaff: boolean | undefined) {
    const deadline = start - rules.cancellationDeadlineMinutes * MINUTE;
    if (!asStaff && clock() > deadline) {
      throw new BookingError({
        code: 'too_late_to_cancel',
        title: 'Too late to change',
        message: `This reservation can be cancelled or moved only until ${formatLocal(deadline, tz).replace('T', ' ')}.`,
        hint: 'Please contact the staff.',
        details: { deadline: iso(deadline) },
      });
    }
  }

  async function rulesFor(resourceId: string, group: string): Promise<BookingRules> {
    const { rows } = await db.query<{
      rules: Resource['rules'];
      group_rules: Resource['groupRules'];
    }>('SELECT rules, group_rules FROM booking_resources WHERE id = $1', [resourceId]);
    if (!rows[0]) throw notFound('Resource', resourceId);
    return effectiveRules(rows[0].rules, rows[0].group_rules, group);
  }

  // ---- waitlist -------------------------------------------------------------------------

  const waitlistFromRow = (w: WaitlistRow): WaitlistEntry => ({
    id: w.id,
    resourceId: w.resource_id,
    personId: w.person_id,
    group: w.person_group,
    seats: w.seats,
    start: iso(Number(w.start_ms)),
    end: iso(Number(w.end_ms)),
    startLocal: formatLocal(Number(w.start_ms), tz),
    endLocal: formatLocal(Number(w.end_ms), tz),
    status: w.status,
    offerExpiresAt: w.offer_expires_at ? new Date(w.offer_expires_at).toISOString() : null,
    reservationId: w.reservation_id,
  });

  /**
   * Expires offers past their time and offers freed ranges to the first person waiting for
   * them. Call it after anything frees a slot (the service does) and periodically (offers
   * expire with time).
   */
  async function processWaitlist(
    resourceId?: string,
  ): Promise<{ offered: WaitlistEntry[]; expired: WaitlistEntry[] }> {
    const now = clock();
    const result = await db.transaction(async (tx) => {
      const expired = await tx.query<WaitlistRow>(
        `UPDATE booking_waitlist w SET status = 'expired'
          WHERE ((w.status = 'offered' AND w.offer_expires_at <= $1::timestamptz)
                 OR (w.status = 'waiting' AND lower(w.during) <= $1::timestamptz))
            AND ($2::text IS NULL OR w.resource_id = $2)
          RETURNING ${WAITLIST_COLUMNS}`,
        [iso(now), resourceId ?? null],
      );
      for (const w of expired.rows) {
        await tx.query(
          `INSERT INTO booking_audit (waitlist_id, resource_id, actor, action, from_status, to_status)
           VALUES ($1, $2, 'system', 'waitlist_expired', $3, 'expired')`,
          [w.id, w.resource_id, w.offer_expires_at ? 'offered' : 'waiting'],
        );
      }
      const queue = await tx.query<WaitlistRow>(
        `SELECT ${WAITLIST_COLUMNS} FROM booking_waitlist w
          WHERE w.status IN ('waiting', 'offered') AND ($1::text IS NULL OR w.resource_id = $1)
          ORDER BY w.resource_id, w.seq FOR UPDATE`,
        [resourceId ?? null],
      );
      const offered: WaitlistEntry[] = [];
      const held: { resourceId: string; start: number; end: number }[] = [];
      for (const w of queue.rows) {
        const start = Number(w.start_ms);
        const end = Number(w.end_ms);
        const overlapsHeld = held.some(
          (h) => h.resourceId === w.resource_id && h.start < end && start < h.end,
        );
        if (w.status === 'offered') {
          held.push({ resourceId: w.resource_id, start, end });
          continue;
        }
        if (overlapsHeld) continue; // someone earlier in the queue has the offer
        const resource = await loadOne(tx, w.resource_id, start, end);
        const rules = effectiveRules(resource.rules, resource.groupRules, w.person_group);
        const busy =
          (await busyOf(tx, [w.resource_id], start - DAY, end + DAY)).get(w.resource_id) ?? [];
        const free = findFreeSlots({
          open: [{ start, end }],
          busy,
          kind: resource.kind,
          capacity: resource.capacity,
          seats: w.seats,
          durationMs: end - start,
          granularityMs: end - start,
          bufferBeforeMs: rules.bufferBeforeMinutes * MINUTE,
          bufferAfterMs: rules.bufferAfterMinutes * MINUTE,
          from: start,
          to: start + 1,
        });
        if (free.length === 0) continue;
        const expires = now + rules.waitlistOfferMinutes * MINUTE;
        // A failing hook undoes only this offer; the place stays with this person (nobody
        // behind jumps the queue) and the next run offers it again.
        if (options.beforeCommit) await tx.query('SAVEPOINT waitlist_offer');
        const updated = await tx.query<WaitlistRow>(
          `UPDATE booking_waitlist w SET status = 'offered', offer_expires_at = $2::timestamptz
            WHERE w.id = $1 RETURNING ${WAITLIST_COLUMNS}`,
          [w.id, iso(expires)],
        );
        await tx.query(
          `INSERT INTO booking_audit (waitlist_id, resource_id, actor, action, from_status, to_status, details)
           VALUES ($1, $2, 'system', 'waitlist_offer', 'waiting', 'offered', $3::jsonb)`,
          [w.id, w.resource_id, JSON.stringify({ offerExpiresAt: iso(expires) })],
        );
        const entry = waitlistFromRow(updated.rows[0] as WaitlistRow);
        held.push({ resourceId: w.resource_id, start, end });
        if (options.beforeCommit) {
          const event = { type: 'waitlist_offer' as const, entry };
          try {
            await options.beforeCommit(tx, event);
          } catch (error) {
            await tx.query('ROLLBACK TO SAVEPOINT waitlist_offer');
            options.onEventError?.(error, event);
            continue;
          }
          await tx.query('RELEASE SAVEPOINT waitlist_offer');
        }
        offered.push(entry);
      }
      return { offered, expired: expired.rows.map(waitlistFromRow) };
    });
    await emit(result.offered.map((entry) => ({ type: 'waitlist_offer' as const, entry })));
    return result;
  }

  /** One waitlist entry; inside a `within` or `beforeCommit` hook pass its `tx` to read there. */
  async function getWaitlistEntry(
    id: string,
    opts: { tx?: Queryable } = {},
  ): Promise<WaitlistEntry> {
    if (!isUuid(id)) throw notFound('Waitlist entry', id);
    const { rows } = await (opts.tx ?? db).query<WaitlistRow>(
      `SELECT ${WAITLIST_COLUMNS} FROM booking_waitlist w WHERE w.id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound('Waitlist entry', id);
    return waitlistFromRow(rows[0]);
  }

  // ---- the service ----------------------------------------------------------------------

  return {
    timezone: tz,
    state: options.state,

    // Resources

    async createResource(input: ResourceInput): Promise<Resource> {
      const r = parseInput(resourceInputSchema, input);
      if (r.kind === 'exclusive' && r.capacity !== 1) {
        throw invalidInput(
          'capacity',
          'An exclusive resource has capacity 1.',
          'Use kind "capacity" for seats.',
        );
      }
      await db.transaction(async (tx) => {
        try {
          await tx.query(
            `INSERT INTO booking_resources (id, kind, category, name, description, location, accessibility, capacity,
                                            closed_on_public_holidays, rules, group_rules)
             VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7::jsonb, $8, $9, $10::jsonb, $11::jsonb)`,
            [
              r.id,
              r.kind,
              r.category,
              JSON.stringify(r.name),
              JSON.stringify(r.description),
              r.location ?? null,
              JSON.stringify(r.accessibility),
              r.capacity,
              r.closedOnPublicHolidays,
              JSON.stringify(r.rules),
              JSON.stringify(r.groupRules),
            ],
          );
        } catch (error) {
          if (sqlState(error).code === SQLSTATE.uniqueViolation) {
            throw invalidInput('id', `A resource "${r.id}" exists already.`, 'Choose another id.');
          }
          throw error;
        }
        await writeHours(tx, r.id, r.openingHours);
      });
      return this.getResource(r.id);
    },

    async updateResource(
      id: string,
      patch: Partial<Omit<ResourceInput, 'id' | 'kind' | 'openingHours'>> & { active?: boolean },
    ): Promise<Resource> {
      const current = await this.getResource(id);
      const merged = parseInput(resourceInputSchema, {
        ...current,
        ...patch,
        id,
        kind: current.kind,
        openingHours: [],
      });
      const active = patch.active ?? current.active;
      await db.query(
        `UPDATE booking_resources SET category = $2, name = $3::jsonb, description = $4::jsonb, location = $5,
           accessibility = $6::jsonb, capacity = $7, closed_on_public_holidays = $8, rules = $9::jsonb,
           group_rules = $10::jsonb, active = $11, updated_at = now() WHERE id = $1`,
        [
          id,
          merged.category,
          JSON.stringify(merged.name),
          JSON.stringify(merged.description),
          merged.location ?? null,
          JSON.stringify(merged.accessibility),
          merged.capacity,
          merged.closedOnPublicHolidays,
          JSON.stringify(merged.rules),
          JSON.stringify(merged.groupRules),
          active,
        ],
      );
      return this.getResource(id);
    },

    /** One resource; inside a `within` hook pass its `tx` to read there. */
    async getResource(id: string, opts: { tx?: Queryable } = {}): Promise<Resource> {
      const { rows } = await (opts.tx ?? db).query<Parameters<typeof resourceFromRow>[0]>(
        'SELECT * FROM booking_resources WHERE id = $1',
        [id],
      );
      if (!rows[0]) throw notFound('Resource', id);
      return resourceFromRow(rows[0]);
    },

    async listResources(
      filter: { category?: string; includeInactive?: boolean } = {},
    ): Promise<Resource[]> {
      const { rows } = await db.query<Parameters<typeof resourceFromRow>[0]>(
        `SELECT * FROM booking_resources WHERE ($1::text IS NULL OR category = $1) AND ($2 OR active) ORDER BY id`,
        [filter.category ?? null, filter.includeInactive ?? false],
      );
      return rows.map(resourceFromRow);
    },

    async getOpeningHours(id: string) {
      const { rows } = await db.query<{ weekday: number; opens: string; closes: string }>(
        `SELECT weekday, to_char(opens, 'HH24:MI') AS opens, to_char(closes, 'HH24:MI') AS closes
           FROM booking_opening_hours WHERE resource_id = $1 ORDER BY weekday, opens`,
        [id],
      );
      return rows;
    },

    /** Replaces the weekly opening hours. */
    async setOpeningHours(
      id: string,
      hours: { weekday: number; opens: string; closes: string }[],
    ): Promise<void> {
      const parsed = parseInput(z.array(weeklyHoursSchema), hours, 'openingHours');
      await this.getResource(id);
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM booking_opening_hours WHERE resource_id = $1', [id]);
        await writeHours(tx, id, parsed);
      });
    },

    /** Sets a date's exception (closed, or special hours), replacing one on the same date. */
    async setException(
      id: string,
      exception: {
        date: string;
        closed: boolean;
        intervals?: { opens: string; closes: string }[];
        note?: string;
      },
    ): Promise<void> {
      const e = parseInput(dateExceptionSchema, exception, 'exception');
      await this.getResource(id);
      await db.query(
        `INSERT INTO booking_exceptions (resource_id, day, closed, intervals, note) VALUES ($1, $2::date, $3, $4::jsonb, $5)
         ON CONFLICT (resource_id, day) DO UPDATE SET closed = EXCLUDED.closed, intervals = EXCLUDED.intervals, note = EXCLUDED.note`,
        [id, e.date, e.closed, JSON.stringify(e.intervals), e.note ?? null],
      );
    },

    async removeException(id: string, date: string): Promise<void> {
      await db.query('DELETE FROM booking_exceptions WHERE resource_id = $1 AND day = $2::date', [
        id,
        date,
      ]);
    },

    /** Blocks a period (maintenance) on a resource; existing reservations stay and are listed. */
    async addBlackout(
      id: string,
      blackout: { start: TimeInput; end: TimeInput; reason?: string },
    ): Promise<{ id: string; affected: Reservation[] }> {
      const start = instant(blackout.start, 'start');
      const end = instant(blackout.end, 'end');
      if (end <= start) throw invalidInput('end', 'The end must be after the start.');
      await this.getResource(id);
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO booking_blackouts (resource_id, during, reason)
         VALUES ($1, tstzrange($2::timestamptz, $3::timestamptz, '[)'), $4) RETURNING id`,
        [id, iso(start), iso(end), blackout.reason ?? null],
      );
      const affected = await this.listReservations({
        resourceId: id,
        from: iso(start),
        to: iso(end),
        active: true,
      });
      return { id: (rows[0] as { id: string }).id, affected };
    },

    async removeBlackout(blackoutId: string): Promise<void> {
      if (!isUuid(blackoutId)) throw notFound('Blackout', blackoutId);
      await db.query('DELETE FROM booking_blackouts WHERE id = $1', [blackoutId]);
    },

    /** Records that a person holds a prerequisite (e.g. attended the 3D-printer briefing). */
    async grantQualification(
      personId: string,
      prerequisite: string,
      opts: { expiresAt?: TimeInput | null; grantedBy?: string } = {},
    ): Promise<void> {
      if (!personId) throw invalidInput('personId', 'Say whose qualification this is.');
      if (!prerequisite) throw invalidInput('prerequisite', 'Name the prerequisite.');
      const expires = opts.expiresAt ? iso(instant(opts.expiresAt, 'expiresAt')) : null;
      await db.query(
        `INSERT INTO booking_qualifications (person_id, prerequisite, granted_at, expires_at, granted_by)
         VALUES ($1, $2, $3::timestamptz, $4::timestamptz, $5)
         ON CONFLICT (person_id, prerequisite) DO UPDATE SET granted_at = EXCLUDED.granted_at,
           expires_at = EXCLUDED.expires_at, granted_by = EXCLUDED.granted_by`,
        [personId, prerequisite, iso(clock()), expires, opts.grantedBy ?? null],
      );
    },

    async revokeQualification(personId: string, prerequisite: string): Promise<void> {
      await db.query(
        'DELETE FROM booking_qualifications WHERE person_id = $1 AND prerequisite = $2',
        [personId, prerequisite],
      );
    },

    // Availability

    /** Free slots per resource between two local dates, formatted (UTC and local wall time). */
    async findSlots(search: SlotSearch): Promise<{ resourceId: string; slots: Slot[] }[]> {
      const found = await this.searchSlots(search);
      return found.map((r) => ({ resourceId: r.resourceId, slots: r.slots.map(slotView) }));
    },

    /**
     * Free slots per resource as instants (ms since epoch): one query for all reservations, one
     * sweep per resource. `findSlots` is this plus formatting; use this one for bulk work.
     */
    async searchSlots(search: SlotSearch): Promise<{ resourceId: string; slots: FreeSlot[] }[]> {
      if (!isLocalDate(search.from))
        throw invalidInput('from', 'Write the first date as YYYY-MM-DD.');
      if (!isLocalDate(search.to)) throw invalidInput('to', 'Write the end date as YYYY-MM-DD.');
      if (search.to <= search.from)
        throw invalidInput('to', 'The end date must be after the first date.');
      if (!search.resourceIds && search.category === undefined) {
        throw invalidInput('resourceIds', 'Name the resources or their category.');
      }
      const fromMs = zonedInstant(search.from, 0, tz);
      const toMs = zonedInstant(search.to, 0, tz);
      if (toMs - fromMs > 400 * DAY) throw invalidInput('to', 'Search at most 400 days at once.');
      const where = search.resourceIds
        ? { ids: search.resourceIds }
        : { category: search.category as string };
      const resources = (await loadResources(db, where, window(fromMs, toMs))).filter(
        (r) => r.active,
      );
      const busy = await busyOf(
        db,
        resources.map((r) => r.id),
        fromMs - DAY,
        toMs + 2 * DAY,
      );
      const group = search.group ?? 'resident';
      return resources.map((resource) => {
        const rules = effectiveRules(resource.rules, resource.groupRules, group);
        const duration =
          (search.durationMinutes ?? Math.max(rules.minDurationMinutes, rules.granularityMinutes)) *
          MINUTE;
        const slots = slotsOf(
          resource,
          rules,
          busy.get(resource.id) ?? [],
          fromMs,
          toMs,
          duration,
          search.seats ?? 1,
          search.limit,
        );
        return { resourceId: resource.id, slots };
      });
    },

    /** The next free slot of any resource of a category, searching up to `withinDays` ahead. */
    async nextFreeSlot(query: {
      category: string;
      durationMinutes?: number;
      seats?: number;
      group?: string;
      after?: TimeInput;
      withinDays?: number;
    }): Promise<(Slot & { resourceId: string }) | null> {
      const after = query.after === undefined ? clock() : instant(query.after, 'after');
      let from = localParts(after, tz).date;
      const last = addDays(from, query.withinDays ?? 90);
      while (from < last) {
        const to = [addDays(from, 7), last].sort()[0] as string; // ISO dates sort in time order
        const found = await this.findSlots({ ...query, from, to, limit: 50 });
        let best: (Slot & { resourceId: string }) | null = null;
        for (const r of found) {
          const slot = r.slots.find((s) => Date.parse(s.start) >= after);
          if (slot && (!best || slot.start < best.start))
            best = { resourceId: r.resourceId, ...slot };
        }
        if (best) return best;
        from = to;
      }
      return null;
    },

    // Reservations

    createReservation,
    getReservation,

    /**
     * Reservations by resource, person, ids, time or status. Inside a `within` hook pass its
     * `tx` (`{ tx }`) to read there, including what the transaction wrote.
     */
    async listReservations(
      filter: {
        resourceId?: string;
        personId?: string;
        ids?: string[];
        from?: TimeInput;
        to?: TimeInput;
        active?: boolean;
        status?: ReservationStatus;
      } = {},
      opts: { tx?: Queryable } = {},
    ): Promise<Reservation[]> {
      const from = filter.from === undefined ? null : iso(instant(filter.from, 'from'));
      const to = filter.to === undefined ? null : iso(instant(filter.to, 'to'));
      const ids = filter.ids?.filter(isUuid) ?? null;
      const { rows } = await (opts.tx ?? db).query<ReservationRow>(
        `SELECT ${RESERVATION_COLUMNS} FROM booking_reservations r
          WHERE ($1::text IS NULL OR r.resource_id = $1) AND ($2::text IS NULL OR r.person_id = $2)
            AND ($3::timestamptz IS NULL OR upper(r.during) > $3) AND ($4::timestamptz IS NULL OR lower(r.during) < $4)
            AND (NOT $5 OR r.status = ANY($6::text[])) AND ($7::text IS NULL OR r.status = $7)
            AND ($8::uuid[] IS NULL OR r.id = ANY($8::uuid[]))
          ORDER BY lower(r.during), r.id LIMIT 5000`,
        [
          filter.resourceId ?? null,
          filter.personId ?? null,
          from,
          to,
          filter.active ?? false,
          ACTIVE,
          filter.status ?? null,
          ids,
        ],
      );
      return rows.map((r) => reservationFromRow(r, tz));
    },

    async approve(
      id: string,
      opts: { actor: string } & WithinOption<Reservation>,
    ): Promise<Reservation> {
      const reservation = await transition(
        id,
        ['pending'],
        'confirmed',
        opts.actor,
        'approved',
        undefined,
        {},
        opts.within,
      );
      await emit([{ type: 'approved', reservation, actor: opts.actor }]);
      return reservation;
    },

    async decline(
      id: string,
      opts: { actor: string; reason?: string } & WithinOption<Reservation>,
    ): Promise<Reservation> {
      const reservation = await transition(
        id,
        ['pending'],
        'declined',
        opts.actor,
        'declined',
        undefined,
        {
          ...(opts.reason ? { reason: opts.reason } : {}),
        },
        opts.within,
      );
      await emit([
        {
          type: 'declined',
          reservation,
          actor: opts.actor,
          ...(opts.reason ? { reason: opts.reason } : {}),
        },
      ]);
      await processWaitlist(reservation.resourceId);
      return reservation;
    },

    /** Cancels; persons only until the cancellation deadline, staff (`asStaff`) always. */
    async cancel(
      id: string,
      opts: { actor: string; asStaff?: boolean; reason?: string } & WithinOption<Reservation>,
    ): Promise<Reservation> {
      const before = await getReservation(id);
      const rules = await rulesFor(before.resourceId, before.group);
      const reservation = await transition(
        id,
        ['pending', 'confirmed'],
        'cancelled',
        opts.actor,
        'cancelled',
        (r) => cancellationCheck(rules, Date.parse(r.start), opts.asStaff),
        { ...(opts.reason ? { reason: opts.reason } : {}) },
        opts.within,
      );
      await emit([
        {
          type: 'cancelled',
          reservation,
          actor: opts.actor,
          ...(opts.reason ? { reason: opts.reason } : {}),
        },
      ]);
      await processWaitlist(reservation.resourceId);
      return reservation;
    },

    /** Checks in from 30 minutes before the start until the end. */
    async checkIn(
      id: string,
      opts: { actor: string } & WithinOption<Reservation>,
    ): Promise<Reservation> {
      const check = (r: Reservation) => {
        const now = clock();
        if (now < Date.parse(r.start) - 30 * MINUTE || now >= Date.parse(r.end)) {
          throw new BookingError({
            code: 'invalid_transition',
            title: 'Not the time to check in',
            message: `Check-in is possible from 30 minutes before ${r.startLocal.replace('T', ' ')} until the end.`,
            details: { status: r.status },
          });
        }
      };
      return transition(
        id,
        ['confirmed'],
        'checked_in',
        opts.actor,
        'checked_in',
        check,
        {},
        opts.within,
      );
    },

    async markNoShow(
      id: string,
      opts: { actor: string } & WithinOption<Reservation>,
    ): Promise<Reservation> {
      const check = (r: Reservation) => {
        if (clock() < Date.parse(r.start)) {
          throw new BookingError({
            code: 'invalid_transition',
            title: 'Not yet begun',
            message: 'A reservation can be marked as no-show only after it has begun.',
            details: { status: r.status },
          });
        }
      };
      return transition(
        id,
        ['confirmed'],
        'no_show',
        opts.actor,
        'no_show',
        check,
        {},
        opts.within,
      );
    },

    /**
     * Moves a reservation to a new time in one statement: either it moves or it stays where it
     * was. All rules apply to the new time; the reservation itself does not count against it.
     */
    async reschedule(
      id: string,
      change: {
        start: TimeInput;
        end?: TimeInput;
        durationMinutes?: number;
        actor: string;
        asStaff?: boolean;
      } & WithinOption<Reservation>,
    ): Promise<Reservation> {
      const current = await getReservation(id);
      if (current.status !== 'pending' && current.status !== 'confirmed') {
        throw new BookingError({
          code: 'invalid_transition',
          title: 'Not possible in this state',
          message: `A reservation that is ${current.status.replace('_', ' ')} cannot be moved.`,
          details: { status: current.status },
        });
      }
      const currentRules = await rulesFor(current.resourceId, current.group);
      cancellationCheck(currentRules, Date.parse(current.start), change.asStaff);
      const req = parseInput(requestSchema, {
        resourceId: current.resourceId,
        personId: current.personId,
        group: current.group,
        seats: current.seats,
        start: change.start,
        ...(change.end !== undefined ? { end: change.end } : {}),
        durationMinutes:
          change.durationMinutes ??
          (change.end === undefined
            ? (Date.parse(current.end) - Date.parse(current.start)) / MINUTE
            : undefined),
      });
      const p = await prepare(db, req, { excludeId: id });
      const hook = guard(change.within);
      let moved: Reservation;
      try {
        moved = await db.transaction(async (tx) => {
          await checkQuotas(tx, p, id);
          const { rows } = await tx.query<ReservationRow>(
            `UPDATE booking_reservations r SET during = tstzrange($2::timestamptz, $3::timestamptz, '[)'),
                    blocked = tstzrange($4::timestamptz, $5::timestamptz, '[)'), updated_at = now(), reminded_at = NULL
              WHERE r.id = $1 AND r.status IN ('pending', 'confirmed') RETURNING ${RESERVATION_COLUMNS}`,
            [id, iso(p.start), iso(p.end), iso(p.blockedStart), iso(p.blockedEnd)],
          );
          if (!rows[0]) {
            throw new BookingError({
              code: 'invalid_transition',
              title: 'Changed meanwhile',
              message: 'The reservation was changed meanwhile; load it again.',
            });
          }
          const r = reservationFromRow(rows[0], tz);
          await tx.query(
            `INSERT INTO booking_audit (reservation_id, resource_id, actor, action, from_status, to_status, details)
             VALUES ($1, $2, $3, 'rescheduled', $4, $4, $5::jsonb)`,
            [
              id,
              r.resourceId,
              change.actor,
              r.status,
              JSON.stringify({
                from: { start: current.start, end: current.end },
                to: { start: r.start, end: r.end },
              }),
            ],
          );
          await hook?.run(tx, r);
          return r;
        });
      } catch (error) {
        if (error instanceof BookingError || hook?.failed) throw error;
        throw await refusal(error, p, id);
      }
      await emit([
        {
          type: 'rescheduled',
          reservation: moved,
          previous: { start: current.start, end: current.end },
          actor: change.actor,
        },
      ]);
      await processWaitlist(moved.resourceId);
      return moved;
    },

    /**
     * A recurring series (daily or weekly, at the same local wall time). Every occurrence is
     * checked; conflicts are reported per occurrence with the nearest alternatives. Without
     * `skipConflicts` nothing is booked when any occurrence conflicts (`series_conflicts`).
     */
    async createSeries(input: SeriesRequest): Promise<SeriesResult> {
      const { recurrence: rawRecurrence, skipConflicts, ...rest } = input;
      const req = parseInput(requestSchema, rest);
      const recurrence = parseInput(recurrenceSchema, rawRecurrence, 'recurrence');
      const first = instant(req.start, 'start');
      const durationMs =
        req.end !== undefined
          ? instant(req.end, 'end') - first
          : (req.durationMinutes ?? 0) * MINUTE;
      if (durationMs <= 0)
        throw invalidInput('end', 'Give an end after the start or a positive duration.');
      const { date, minutes } = localParts(first, tz);
      const step = (recurrence.frequency === 'daily' ? 1 : 7) * recurrence.interval;
      const occurrences: number[] = [];
      for (let k = 0; k < 200; k++) {
        const day = addDays(date, k * step);
        if (recurrence.count !== undefined && k >= recurrence.count) break;
        if (recurrence.until !== undefined && day > recurrence.until) break;
        occurrences.push(zonedInstant(day, minutes, tz));
      }
      const actor = req.actor ?? req.personId;
      const failures: { occurrence: number; start: number; error: BookingError }[] = [];
      const result = await db
        .transaction(async (tx) => {
          const { rows } = await tx.query<{ id: string }>(
            'INSERT INTO booking_series (resource_id, person_id, recurrence) VALUES ($1, $2, $3::jsonb) RETURNING id',
            [req.resourceId, req.personId, JSON.stringify(recurrence)],
          );
          const seriesId = (rows[0] as { id: string }).id;
          const created: Reservation[] = [];
          for (const [index, start] of occurrences.entries()) {
            const occurrence = {
              ...req,
              start: new Date(start),
              end: new Date(start + durationMs),
              durationMinutes: undefined,
            };
            await tx.query('SAVEPOINT occurrence');
            try {
              const p = await prepare(tx, occurrence, { noAlternatives: true });
              await checkQuotas(tx, p);
              created.push(await insert(tx, p, { seriesId, note: req.note, actor }));
              await tx.query('RELEASE SAVEPOINT occurrence');
            } catch (error) {
              await tx.query('ROLLBACK TO SAVEPOINT occurrence');
              const code = sqlState(error).code;
              if (error instanceof BookingError)
                failures.push({ occurrence: index + 1, start, error });
              else if (code === SQLSTATE.exclusionViolation || code === SQLSTATE.capacityExceeded) {
                failures.push({
                  occurrence: index + 1,
                  start,
                  error: new BookingError({
                    code: 'slot_taken',
                    title: 'Already booked',
                    message: 'This time is already booked.',
                  }),
                });
              } else throw error;
            }
          }
          if (failures.length > 0 && !skipConflicts) {
            throw new BookingError({
              code: 'series_conflicts',
              title: 'Some dates are not free',
              message: '',
            });
          }
          if (created.length === 0) {
            throw new BookingError({
              code: 'series_conflicts',
              title: 'No date is free',
              message: '',
            });
          }
          return { seriesId, created };
        })
        .catch(async (error) => {
          if (!(error instanceof BookingError && error.code === 'series_conflicts')) throw error;
          return null;
        });
      const conflicts: SeriesConflict[] = [];
      for (const f of failures) {
        conflicts.push({
          occurrence: f.occurrence,
          start: iso(f.start),
          startLocal: formatLocal(f.start, tz),
          code: f.error.code,
          message: f.error.message,
          alternatives:
            (f.error.details.alternatives?.length ? f.error.details.alternatives : undefined) ??
            (await alternatives(req.resourceId, req.group, f.start, durationMs, req.seats).catch(
              () => [],
            )),
        });
      }
      if (!result) {
        throw new BookingError({
          code: 'series_conflicts',
          title: 'Some dates are not free',
          message: `${conflicts.length} of ${occurrences.length} dates cannot be booked: ${conflicts.map((c) => c.startLocal.replace('T', ' ')).join(', ')}.`,
          hint: 'Pick an alternative for each of these dates, or book the free dates only (skipConflicts).',
          details: { conflicts },
        });
      }
      await emit(result.created.map((reservation) => ({ type: 'created' as const, reservation })));
      return { seriesId: result.seriesId, reservations: result.created, conflicts };
    },

    // Waitlist

    /** Puts a person on the waitlist for a range; when it frees up, the first in line gets an offer. */
    async joinWaitlist(
      input: {
        resourceId: string;
        personId: string;
        group: string;
        start: TimeInput;
        end?: TimeInput;
        durationMinutes?: number;
        seats?: number;
      },
      opts: WithinOption<WaitlistEntry> = {},
    ): Promise<WaitlistEntry> {
      const req = parseInput(requestSchema, input);
      const start = instant(req.start, 'start');
      const end =
        req.end !== undefined
          ? instant(req.end, 'end')
          : start + (req.durationMinutes ?? 0) * MINUTE;
      if (end <= start) throw invalidInput('end', 'The end must be after the start.');
      if (start <= clock()) throw invalidInput('start', 'This time has already begun.');
      await this.getResource(req.resourceId);
      const entry = await db.transaction(async (tx) => {
        const { rows } = await tx.query<WaitlistRow>(
          `WITH w AS (
             INSERT INTO booking_waitlist (resource_id, person_id, person_group, seats, during, status)
             VALUES ($1, $2, $3, $4, tstzrange($5::timestamptz, $6::timestamptz, '[)'), 'waiting') RETURNING *
           ), a AS (
             INSERT INTO booking_audit (waitlist_id, resource_id, actor, action, to_status)
             SELECT id, resource_id, $2, 'waitlist_joined', 'waiting' FROM w
           )
           SELECT ${WAITLIST_COLUMNS} FROM w`,
          [req.resourceId, req.personId, req.group, req.seats, iso(start), iso(end)],
        );
        const joined = waitlistFromRow(rows[0] as WaitlistRow);
        await opts.within?.(tx, joined);
        return joined;
      });
      const { offered } = await processWaitlist(req.resourceId);
      return offered.find((o) => o.id === entry.id) ?? entry;
    },

    getWaitlistEntry,

    async listWaitlist(resourceId: string): Promise<WaitlistEntry[]> {
      const { rows } = await db.query<WaitlistRow>(
        `SELECT ${WAITLIST_COLUMNS} FROM booking_waitlist w WHERE w.resource_id = $1 AND w.status IN ('waiting', 'offered') ORDER BY w.seq`,
        [resourceId],
      );
      return rows.map(waitlistFromRow);
    },

    /** Turns an open offer into a reservation (all rules apply); an expired offer passes to the next person. */
    async acceptOffer(
      id: string,
      opts: { personId: string } & WithinOption<Reservation>,
    ): Promise<Reservation> {
      const entry = await getWaitlistEntry(id);
      if (entry.personId !== opts.personId) throw notFound('Waitlist entry', id);
      if (entry.status === 'accepted' && entry.reservationId)
        return getReservation(entry.reservationId);
      if (
        entry.status !== 'offered' ||
        (entry.offerExpiresAt && Date.parse(entry.offerExpiresAt) <= clock())
      ) {
        await processWaitlist(entry.resourceId);
        throw new BookingError({
          code: 'offer_expired',
          title: 'Offer expired',
          message:
            entry.status === 'waiting'
              ? 'There is no offer for you yet.'
              : 'This offer has expired and went to the next person waiting.',
          hint: 'Join the waitlist again or pick another time.',
          details: { status: entry.status },
        });
      }
      // The reservation and the accepted offer are one change: both or neither.
      return createReservation(
        {
          resourceId: entry.resourceId,
          personId: entry.personId,
          group: entry.group,
          start: entry.start,
          end: entry.end,
          seats: entry.seats,
          idempotencyKey: `waitlist:${entry.id}`,
        },
        {
          within: async (tx, reservation) => {
            const accepted = await tx.query(
              `WITH w AS (UPDATE booking_waitlist SET status = 'accepted', reservation_id = $2 WHERE id = $1 AND status = 'offered' RETURNING id, resource_id)
               INSERT INTO booking_audit (waitlist_id, reservation_id, resource_id, actor, action, from_status, to_status)
               SELECT id, $2, resource_id, $3, 'waitlist_accepted', 'offered', 'accepted' FROM w RETURNING id`,
              [id, reservation.id, opts.personId],
            );
            if (accepted.rowCount !== 1) {
              throw new BookingError({
                code: 'offer_expired',
                title: 'Offer expired',
                message: 'This offer has expired or was taken meanwhile.',
                hint: 'Join the waitlist again or pick another time.',
              });
            }
            await opts.within?.(tx, reservation);
          },
        },
      );
    },

    async withdrawFromWaitlist(
      id: string,
      opts: { personId: string } & WithinOption<WaitlistEntry>,
    ): Promise<void> {
      const entry = await getWaitlistEntry(id);
      if (entry.personId !== opts.personId) throw notFound('Waitlist entry', id);
      await db.transaction(async (tx) => {
        const { rowCount } = await tx.query(
          `WITH w AS (UPDATE booking_waitlist SET status = 'withdrawn' WHERE id = $1 AND status IN ('waiting', 'offered') RETURNING id, resource_id)
           INSERT INTO booking_audit (waitlist_id, resource_id, actor, action, to_status) SELECT id, resource_id, $2, 'waitlist_withdrawn', 'withdrawn' FROM w RETURNING id`,
          [id, opts.personId],
        );
        // Only a real withdrawal is the caller's to tell.
        if (rowCount === 1) await opts.within?.(tx, { ...entry, status: 'withdrawn' });
      });
      await processWaitlist(entry.resourceId);
    },

    processWaitlist,

    /** Emits `reminder_due` once for each confirmed reservation whose reminder time has come. */
    async sendDueReminders(): Promise<Reservation[]> {
      const now = clock();
      const { rows } = await db.query<
        ReservationRow & { rules: Resource['rules']; group_rules: Resource['groupRules'] }
      >(
        `SELECT ${RESERVATION_COLUMNS}, res.rules, res.group_rules
           FROM booking_reservations r JOIN booking_resources res ON res.id = r.resource_id
          WHERE r.status = 'confirmed' AND r.reminded_at IS NULL
            AND lower(r.during) > $1::timestamptz AND lower(r.during) <= $1::timestamptz + interval '8 days'`,
        [iso(now)],
      );
      const due: Reservation[] = [];
      for (const row of rows) {
        const rules = effectiveRules(row.rules, row.group_rules, row.person_group);
        if (
          rules.reminderMinutes === 0 ||
          Number(row.start_ms) - rules.reminderMinutes * MINUTE > now
        )
          continue;
        const reservation = reservationFromRow(row, tz);
        const event = { type: 'reminder_due' as const, reservation };
        try {
          const claimed = await db.transaction(async (tx) => {
            const { rowCount } = await tx.query(
              'UPDATE booking_reservations SET reminded_at = $2::timestamptz WHERE id = $1 AND reminded_at IS NULL',
              [row.id, iso(now)],
            );
            if (rowCount === 1) await options.beforeCommit?.(tx, event);
            return rowCount === 1;
          });
          if (claimed) due.push(reservation);
        } catch (error) {
          // Not claimed: the next run tries this reminder again; the others go out now.
          options.onEventError?.(error, event);
        }
      }
      await emit(due.map((reservation) => ({ type: 'reminder_due' as const, reservation })));
      return due;
    },

    /** The date exceptions of a resource from `from` (a local date) on, by date. */
    async listExceptions(
      id: string,
      opts: { from?: string } = {},
    ): Promise<
      {
        date: string;
        closed: boolean;
        intervals: { opens: string; closes: string }[];
        note?: string;
      }[]
    > {
      if (opts.from !== undefined && !isLocalDate(opts.from))
        throw invalidInput('from', 'Write the date as YYYY-MM-DD.');
      const { rows } = await db.query<{
        day: string;
        closed: boolean;
        intervals: { opens: string; closes: string }[];
        note: string | null;
      }>(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, closed, intervals, note FROM booking_exceptions
          WHERE resource_id = $1 AND ($2::date IS NULL OR day >= $2::date) ORDER BY day`,
        [id, opts.from ?? null],
      );
      return rows.map((r) => ({
        date: r.day,
        closed: r.closed,
        intervals: r.intervals,
        ...(r.note ? { note: r.note } : {}),
      }));
    },

    /** The prerequisites a person holds, with their expiry (null: without end). */
    async listQualifications(
      personId: string,
    ): Promise<{ prerequisite: string; expiresAt: string | null; grantedBy: string | null }[]> {
      const { rows } = await db.query<{
        prerequisite: string;
        expires_at: Date | string | null;
        granted_by: string | null;
      }>(
        'SELECT prerequisite, expires_at, granted_by FROM booking_qualifications WHERE person_id = $1 ORDER BY prerequisite',
        [personId],
      );
      return rows.map((r) => ({
        prerequisite: r.prerequisite,
        expiresAt: r.expires_at ? new Date(r.expires_at).toISOString() : null,
        grantedBy: r.granted_by,
      }));
    },

    /**
     * Replaces the person in reservations and waitlist entries (and in their audit entries)
     * with `anonymous:<id>` and drops their notes: either every record of one person
     * (`personId`), or every record that ended before `endedBefore`, optionally only on some
     * resources. Slots stay held; what happened stays countable. Returns the reservation ids.
     */
    async anonymise(filter: {
      personId?: string;
      endedBefore?: TimeInput;
      resourceIds?: string[];
    }): Promise<{ reservationIds: string[]; waitlistIds: string[] }> {
      if (filter.personId === undefined && filter.endedBefore === undefined) {
        throw invalidInput(
          'endedBefore',
          'Give personId or endedBefore.',
          'Anonymising everything at once is not offered.',
        );
      }
      const before =
        filter.endedBefore === undefined ? null : iso(instant(filter.endedBefore, 'endedBefore'));
      const params = [filter.personId ?? null, before, filter.resourceIds ?? null];
      const where = `person_id NOT LIKE 'anonymous:%' AND ($1::text IS NULL OR person_id = $1)
            AND ($2::timestamptz IS NULL OR upper(during) <= $2::timestamptz)
            AND ($3::text[] IS NULL OR resource_id = ANY($3::text[]))`;
      return db.transaction(async (tx) => {
        const reservations = await tx.query<{ id: string; old: string }>(
          `WITH target AS (SELECT id, person_id FROM booking_reservations WHERE ${where} FOR UPDATE)
           UPDATE booking_reservations r SET person_id = 'anonymous:' || r.id::text, note = NULL, updated_at = now()
             FROM target WHERE r.id = target.id RETURNING r.id, target.person_id AS old`,
          params,
        );
        const waitlist = await tx.query<{ id: string; old: string }>(
          `WITH target AS (SELECT id, person_id FROM booking_waitlist WHERE ${where} FOR UPDATE)
           UPDATE booking_waitlist w SET person_id = 'anonymous:' || w.id::text
             FROM target WHERE w.id = target.id RETURNING w.id, target.person_id AS old`,
          params,
        );
        for (const r of reservations.rows) {
          await tx.query(
            `UPDATE booking_audit SET actor = 'anonymous:' || $1 WHERE reservation_id = $1::uuid AND actor = $2`,
            [r.id, r.old],
          );
        }
        for (const w of waitlist.rows) {
          await tx.query(
            `UPDATE booking_audit SET actor = 'anonymous:' || $1 WHERE waitlist_id = $1::uuid AND actor = $2`,
            [w.id, w.old],
          );
        }
        return {
          reservationIds: reservations.rows.map((r) => r.id),
          waitlistIds: waitlist.rows.map((w) => w.id),
        };
      });
    },

    /** Every state change of a reservation: who, when, what. */
    async auditLog(filter: { reservationId?: string; resourceId?: string }): Promise<AuditEntry[]> {
      const { rows } = await db.query<{
        id: string | number;
        reservation_id: string | null;
        waitlist_id: string | null;
        resource_id: string;
        actor: string;
        action: string;
        from_status: string | null;
        to_status: string | null;
        details: Record<string, unknown>;
        at: Date | string;
      }>(
        `SELECT * FROM booking_audit WHERE ($1::uuid IS NULL OR reservation_id = $1::uuid) AND ($2::text IS NULL OR resource_id = $2)
          ORDER BY id LIMIT 10000`,
        [
          filter.reservationId && isUuid(filter.reservationId)
            ? filter.reservationId
            : filter.reservationId
              ? '00000000-0000-0000-0000-000000000000'
              : null,
          filter.resourceId ?? null,
        ],
      );
      return rows.map((r) => ({
        id: Number(r.id),
        reservationId: r.reservation_id,
        waitlistId: r.waitlist_id,
        resourceId: r.resource_id,
        actor: r.actor,
        action: r.action,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        details: r.details,
        at: new Date(r.at).toISOString(),
      }));
    },
  };
}

async function writeHours(
  tx: Queryable,
  id: string,
  hours: { weekday: number; opens: string; closes: string }[],
): Promise<void> {
  for (const h of hours) {
    await tx.query(
      'INSERT INTO booking_opening_hours (resource_id, weekday, opens, closes) VALUES ($1, $2, $3::time, $4::time)',
      [id, h.weekday, h.opens, h.closes],
    );
  }
}

export type BookingService = ReturnType<typeof createBookingService>;
