import type { Localized } from '@city-app/core';
import { cityError } from '@city-app/core';
import { z } from 'zod';
import type {
  DateException,
  Interval,
  ResourceCalendar,
  WeeklyHours,
} from '../availability/opening.js';
import type { Queryable } from '../db.js';
import { type PartialRules, partialRulesSchema } from '../rules.js';
import { isLocalDate, parseTime } from '../time/zone.js';

/** A name or text in the town's languages: German first, English where given. */
export const localizedSchema = z.object({
  de: z.string().min(1),
  en: z.string().min(1).optional(),
}) satisfies z.ZodType<Localized>;
export type { Localized };

const timeSchema = z.string().refine(
  (v) => {
    try {
      parseTime(v);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Write a time of day as HH:MM (00:00 to 24:00).' },
);

export const weeklyHoursSchema = z.object({
  weekday: z.number().int().min(1).max(7),
  opens: timeSchema,
  closes: timeSchema,
});

export const dateExceptionSchema = z
  .object({
    date: z.string().refine(isLocalDate, { message: 'Write the date as YYYY-MM-DD.' }),
    closed: z.boolean(),
    intervals: z.array(z.object({ opens: timeSchema, closes: timeSchema })).default([]),
    note: z.string().optional(),
  })
  .refine((e) => e.closed || e.intervals.length > 0, {
    message: 'A date that is not closed needs its opening intervals.',
    path: ['intervals'],
  });

export const resourceInputSchema = z.object({
  id: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,62}$/,
      'Use lower-case letters, digits and dashes, e.g. "3d-drucker-1".',
    ),
  kind: z.enum(['exclusive', 'capacity']),
  /** Resources of one kind, for "the next free slot of any 3D printer". */
  category: z.string().default(''),
  name: localizedSchema,
  description: z.object({ de: z.string().optional(), en: z.string().optional() }).default({}),
  location: z.string().optional(),
  /** Accessibility information shown to residents, e.g. step-free access. */
  accessibility: z
    .object({
      stepFree: z.boolean().optional(),
      notes: z.object({ de: z.string().optional(), en: z.string().optional() }).optional(),
    })
    .default({}),
  /** Seats of a capacity resource; exclusive resources have 1. */
  capacity: z.number().int().min(1).max(10000).default(1),
  closedOnPublicHolidays: z.boolean().default(true),
  rules: partialRulesSchema.default({}),
  /** Rules per person group that override the resource's rules, e.g. `{ school: { maxDurationMinutes: 480 } }`. */
  groupRules: z.record(z.string(), partialRulesSchema).default({}),
  openingHours: z.array(weeklyHoursSchema).default([]),
});
export type ResourceInput = z.input<typeof resourceInputSchema>;

export interface Resource {
  id: string;
  kind: 'exclusive' | 'capacity';
  category: string;
  name: Localized;
  description: { de?: string; en?: string };
  location?: string;
  accessibility: { stepFree?: boolean; notes?: { de?: string; en?: string } };
  capacity: number;
  closedOnPublicHolidays: boolean;
  rules: PartialRules;
  groupRules: Record<string, PartialRules>;
  active: boolean;
}

/** A resource with what decides when it is open, loaded for a window of dates. */
export interface LoadedResource extends Resource {
  weekly: WeeklyHours[];
  exceptions: Map<string, DateException>;
  blackouts: Interval[];
}

/** Parses input with a zod schema; the first problem becomes an `invalid_input` naming the field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
    throw cityError(
      'booking_invalid_field',
      { field: field || 'input', problem: issue?.message ?? 'invalid' },
      { field: field || prefix || 'input' },
    );
  }
  return result.data;
}

interface ResourceRow {
  id: string;
  kind: 'exclusive' | 'capacity';
  category: string;
  name: Localized;
  description: Resource['description'];
  location: string | null;
  accessibility: Resource['accessibility'];
  capacity: number;
  closed_on_public_holidays: boolean;
  rules: PartialRules;
  group_rules: Record<string, PartialRules>;
  active: boolean;
}

/**
 * Every resource as one JSON array, an SQL expression: for a module that reads its own rows
 * and the booking core's resources in one statement. `resourcesFromJson` reads it.
 */
const RESOURCE_JSON_COLUMNS = `id, kind, category, name, description, location, accessibility,
  capacity, closed_on_public_holidays, rules, group_rules, active`;

export const RESOURCES_JSON_SQL = `(SELECT coalesce(json_agg(b ORDER BY b.id), '[]'::json)
  FROM (SELECT ${RESOURCE_JSON_COLUMNS} FROM booking_resources) b)`;

/** The resources of `RESOURCES_JSON_SQL`, as `listResources` returns them. */
export function resourcesFromJson(value: unknown): Resource[] {
  const rows = (typeof value === 'string' ? JSON.parse(value) : value) as ResourceRow[];
  return rows.map(resourceFromRow);
}

/**
 * One resource as JSON (null when there is none), an SQL expression for the id in `idSql`
 * (a parameter or a column of the module's row): a module's row and the booking core's
 * resource in one statement. `resourceFromJson` reads it.
 */
export const resourceJsonSql = (idSql: string) => `(SELECT row_to_json(b)
  FROM (SELECT ${RESOURCE_JSON_COLUMNS} FROM booking_resources WHERE id = ${idSql}) b)`;

/** The resource of `resourceJsonSql`, as `getResource` returns it; undefined when there is none. */
export function resourceFromJson(value: unknown): Resource | undefined {
  if (value === null || value === undefined) return undefined;
  return resourceFromRow((typeof value === 'string' ? JSON.parse(value) : value) as ResourceRow);
}

export function resourceFromRow(row: ResourceRow): Resource {
  return {
    id: row.id,
    kind: row.kind,
    category: row.category,
    name: row.name,
    description: row.description,
    ...(row.location ? { location: row.location } : {}),
    accessibility: row.accessibility,
    capacity: row.capacity,
    closedOnPublicHolidays: row.closed_on_public_holidays,
    rules: row.rules,
    groupRules: row.group_rules,
    active: row.active,
  };
}

const toMs = (v: string | Date) => (v instanceof Date ? v.getTime() : Date.parse(v));

/** The blocked ranges of a resource's active reservations, as `busyOf` reads them. */
export interface BusyRange {
  start: number;
  end: number;
  seats: number;
}

/**
 * Resources with their weekly hours, the exceptions on dates in `[fromDate, toDate)` and the
 * blackouts meeting `[fromMs, toMs)` — one round trip. With `busy`, also the blocked ranges of
 * their active reservations meeting `[busy.fromMs, busy.toMs)`, but `busy.excludeId` (a
 * reservation being moved): a slot search in one statement
 * (a second query cost the server and PostgreSQL as much as the first).
 */
export async function loadResources(
  db: Queryable,
  where: { ids?: string[]; category?: string },
  window: { fromDate: string; toDate: string; fromMs: number; toMs: number },
  busy?: { fromMs: number; toMs: number; statuses: readonly string[]; excludeId?: string },
): Promise<(LoadedResource & { busy?: BusyRange[] })[]> {
  const filter = where.ids ? 'r.id = ANY($5::text[])' : 'r.category = $5 AND r.active';
  const busyColumn = busy
    ? `,
       (SELECT coalesce(json_agg(json_build_object(
                 'start', (extract(epoch from lower(x.blocked)) * 1000)::float8,
                 'end', (extract(epoch from upper(x.blocked)) * 1000)::float8, 'seats', x.seats)), '[]'::json)
          FROM booking_reservations x WHERE x.resource_id = r.id AND x.status = ANY($6::text[])
           AND x.blocked && tstzrange($7::timestamptz, $8::timestamptz)
           AND ($9::uuid IS NULL OR x.id <> $9::uuid)) AS busy`
    : '';
  const { rows } = await db.query<
    ResourceRow & {
      weekly: WeeklyHours[];
      exceptions: {
        date: string;
        closed: boolean;
        intervals: DateException['intervals'];
        note: string | null;
      }[];
      blackouts: { start: string; end: string }[];
      busy?: BusyRange[] | string;
    }
  >(
    `SELECT r.*,
       (SELECT coalesce(json_agg(json_build_object('weekday', h.weekday, 'opens', to_char(h.opens, 'HH24:MI'),
               'closes', to_char(h.closes, 'HH24:MI')) ORDER BY h.weekday, h.opens), '[]'::json)
          FROM booking_opening_hours h WHERE h.resource_id = r.id) AS weekly,
       (SELECT coalesce(json_agg(json_build_object('date', to_char(e.day, 'YYYY-MM-DD'), 'closed', e.closed,
               'intervals', e.intervals, 'note', e.note)), '[]'::json)
          FROM booking_exceptions e WHERE e.resource_id = r.id AND e.day >= $1::date AND e.day < $2::date) AS exceptions,
       (SELECT coalesce(json_agg(json_build_object('start', lower(b.during), 'end', upper(b.during))), '[]'::json)
          FROM booking_blackouts b WHERE b.resource_id = r.id
           AND b.during && tstzrange($3::timestamptz, $4::timestamptz)) AS blackouts${busyColumn}
     FROM booking_resources r WHERE ${filter} ORDER BY r.id`,
    [
      window.fromDate,
      window.toDate,
      new Date(window.fromMs).toISOString(),
      new Date(window.toMs).toISOString(),
      where.ids ?? where.category ?? '',
      ...(busy
        ? [
            busy.statuses,
            new Date(busy.fromMs).toISOString(),
            new Date(busy.toMs).toISOString(),
            busy.excludeId ?? null,
          ]
        : []),
    ],
  );
  return rows.map((row) => ({
    ...resourceFromRow(row),
    weekly: typeof row.weekly === 'string' ? JSON.parse(row.weekly) : row.weekly,
    exceptions: new Map(
      (typeof row.exceptions === 'string' ? JSON.parse(row.exceptions) : row.exceptions).map(
        (e: {
          date: string;
          closed: boolean;
          intervals: DateException['intervals'];
          note: string | null;
        }) =>
          [
            e.date,
            {
              date: e.date,
              closed: e.closed,
              intervals: e.intervals ?? [],
              ...(e.note ? { note: e.note } : {}),
            },
          ] as const,
      ),
    ),
    blackouts: (typeof row.blackouts === 'string' ? JSON.parse(row.blackouts) : row.blackouts).map(
      (b: { start: string; end: string }) => ({ start: toMs(b.start), end: toMs(b.end) }),
    ),
    ...(row.busy === undefined
      ? {}
      : { busy: typeof row.busy === 'string' ? JSON.parse(row.busy) : row.busy }),
  }));
}

export function calendarOf(
  resource: LoadedResource,
  timeZone: string,
  state: string,
): ResourceCalendar {
  return {
    timeZone,
    state,
    closedOnPublicHolidays: resource.closedOnPublicHolidays,
    weekly: resource.weekly,
    exceptions: resource.exceptions,
    blackouts: resource.blackouts,
  };
}
