import { cityError } from '@city-app/core';
import type { BookingContext } from '../context.js';
import { type Queryable, SQLSTATE, sqlState } from '../db.js';
import { THING_WORDS } from '../errors.js';
import { type BookingRules, effectiveRules } from '../rules.js';
import {
  parseInput,
  type Resource,
  type ResourceInput,
  resourceFromRow,
  resourceInputSchema,
} from './model.js';

const notFound = (id: string) => cityError('booking_not_found', { what: THING_WORDS.resource, id });

type ParsedResource = ReturnType<typeof resourceInputSchema.parse>;

/** The columns after id and kind, in table order: what a resource's update may change. */
function changeable(r: ParsedResource): unknown[] {
  return [
    r.category,
    JSON.stringify(r.name),
    JSON.stringify(r.description),
    r.location ?? null,
    JSON.stringify(r.accessibility),
    r.capacity,
    r.closedOnPublicHolidays,
    JSON.stringify(r.rules),
    JSON.stringify(r.groupRules),
  ];
}

export async function createResource(ctx: BookingContext, input: ResourceInput): Promise<Resource> {
  const r = parseInput(resourceInputSchema, input);
  if (r.kind === 'exclusive' && r.capacity !== 1) {
    throw cityError('booking_exclusive_capacity', {}, { field: 'capacity' });
  }
  await ctx.db.transaction(async (tx) => {
    try {
      await tx.query(
        `INSERT INTO booking_resources (id, kind, category, name, description, location, accessibility, capacity,
                                            closed_on_public_holidays, rules, group_rules)
             VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7::jsonb, $8, $9, $10::jsonb, $11::jsonb)`,
        [r.id, r.kind, ...changeable(r)],
      );
    } catch (error) {
      if (sqlState(error).code === SQLSTATE.uniqueViolation) {
        throw cityError('booking_resource_exists', { id: r.id }, { field: 'id' });
      }
      throw error;
    }
    await writeHours(tx, r.id, r.openingHours);
  });
  return getResource(ctx, r.id);
}

/** Changes what may change; the id, the kind and the opening hours (see calendar) stay. */
export async function updateResource(
  ctx: BookingContext,
  id: string,
  patch: Partial<Omit<ResourceInput, 'id' | 'kind' | 'openingHours'>> & { active?: boolean },
): Promise<Resource> {
  const current = await getResource(ctx, id);
  const merged = parseInput(resourceInputSchema, {
    ...current,
    ...patch,
    id,
    kind: current.kind,
    openingHours: [],
  });
  const active = patch.active ?? current.active;
  await ctx.db.query(
    `UPDATE booking_resources SET category = $2, name = $3::jsonb, description = $4::jsonb, location = $5,
           accessibility = $6::jsonb, capacity = $7, closed_on_public_holidays = $8, rules = $9::jsonb,
           group_rules = $10::jsonb, active = $11, updated_at = now() WHERE id = $1`,
    [id, ...changeable(merged), active],
  );
  return getResource(ctx, id);
}

/** One resource; inside a `within` hook pass its `tx` to read there. */
export async function getResource(
  ctx: BookingContext,
  id: string,
  opts: { tx?: Queryable } = {},
): Promise<Resource> {
  const { rows } = await (opts.tx ?? ctx.db).query<Parameters<typeof resourceFromRow>[0]>(
    'SELECT * FROM booking_resources WHERE id = $1',
    [id],
  );
  if (!rows[0]) throw notFound(id);
  return resourceFromRow(rows[0]);
}

export async function listResources(
  ctx: BookingContext,
  filter: { category?: string; includeInactive?: boolean; ids?: readonly string[] } = {},
): Promise<Resource[]> {
  const { rows } = await ctx.db.query<Parameters<typeof resourceFromRow>[0]>(
    `SELECT * FROM booking_resources
      WHERE ($1::text IS NULL OR category = $1) AND ($2 OR active) AND ($3::text[] IS NULL OR id = ANY($3::text[]))
      ORDER BY id`,
    [filter.category ?? null, filter.includeInactive ?? false, filter.ids ?? null],
  );
  return rows.map(resourceFromRow);
}

/** The rules a group meets on a resource, without loading its calendar. */
export async function rulesFor(
  ctx: BookingContext,
  resourceId: string,
  group: string,
): Promise<BookingRules> {
  const { rows } = await ctx.db.query<{
    rules: Resource['rules'];
    group_rules: Resource['groupRules'];
  }>('SELECT rules, group_rules FROM booking_resources WHERE id = $1', [resourceId]);
  if (!rows[0]) throw notFound(resourceId);
  return effectiveRules(rows[0].rules, rows[0].group_rules, group);
}

export async function writeHours(
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
