import {
  type ResourceInput as BookingResourceInput,
  type Resource,
  resourceFromJson,
  resourceJsonSql,
} from '@city-app/booking';
import { cityError } from '@city-app/core';
import type {
  BookerGroup,
  DateExceptionInput,
  Localized,
  Photo,
  ResourceDetail,
  ResourceInput,
  ResourceSummary,
  RulesInput,
  StaffResource,
  WeeklyHours,
} from '../api.js';
import { BOOKER_GROUPS, type ResourceConfig } from '../config.js';
import {
  configGroupRules,
  effectiveRules,
  pickRules,
  RULE_FIELDS,
  rulesView,
  type SpaceContext,
} from './context.js';
import { checkPhoto } from './photo.js';

export interface MetaRow {
  id: string;
  kind: 'equipment' | 'room';
  uses: Localized[];
  photo: Photo | null;
  bookable_by: string[];
}

/** Resources of the experiment space: the booking core's resource plus what the catalogue shows. */
export function catalogue(ctx: SpaceContext) {
  const { db } = ctx;
  /** Ids found in the catalogue: at most its rows. */
  const listed = new Set<string>();

  async function metas(ids?: string[]): Promise<Map<string, MetaRow>> {
    const { rows } = await db.query<MetaRow>(
      `SELECT id, kind, uses, photo, bookable_by FROM experiment_space_resources
        WHERE ($1::text[] IS NULL OR id = ANY($1::text[])) ORDER BY position, id`,
      [ids ?? null],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  function summary(resource: Resource, meta: MetaRow): ResourceSummary {
    const rules = effectiveRules(resource, 'resident');
    return {
      id: resource.id,
      kind: meta.kind,
      category: resource.category,
      name: resource.name,
      description: resource.description,
      photo: meta.photo,
      prerequisites: rules.prerequisites,
      approvalRequired: rules.approvalRequired,
      bookableBy: meta.bookable_by as BookerGroup[],
    };
  }

  /** Active resources as the catalogue lists them, in its order, from rows already read. */
  function summaries(rows: readonly MetaRow[], resources: readonly Resource[]): ResourceSummary[] {
    const found = new Map(resources.map((r) => [r.id, r]));
    return rows.flatMap((meta) => {
      const resource = found.get(meta.id);
      return resource?.active ? [summary(resource, meta)] : [];
    });
  }

  async function detail(resource: Resource, meta: MetaRow): Promise<ResourceDetail> {
    const groupRules: ResourceDetail['groupRules'] = {};
    for (const [group, rules] of Object.entries(resource.groupRules)) {
      const shown = pickRules(rules as Record<string, unknown>);
      if (Object.keys(shown).length) groupRules[group as BookerGroup] = shown;
    }
    return {
      ...summary(resource, meta),
      uses: meta.uses,
      accessibility: {
        ...(resource.accessibility.stepFree !== undefined
          ? { stepFree: resource.accessibility.stepFree }
          : {}),
        notes: resource.accessibility.notes ?? {},
      },
      location: resource.location ?? null,
      openingHours: await ctx.booking.getOpeningHours(resource.id),
      rules: rulesView(effectiveRules(resource, 'resident')),
      groupRules,
    };
  }

  async function loadResource(id: string, opts: { includeInactive?: boolean } = {}) {
    const meta = (await metas([id])).get(id);
    if (!meta) throw cityError('space_resource_not_found', { id });
    const resource = await ctx.booking.getResource(id);
    if (!resource.active && !opts.includeInactive)
      throw cityError('space_resource_not_found', { id });
    return { resource, meta };
  }

  /**
   * A resource to book: unknown ids are refused naming the field, inactive ones as not found.
   * The catalogue's row and the booking core's resource in one statement: booking is the
   * write every resident waits for.
   */
  async function forBooking(id: string) {
    const { rows } = await db.query<MetaRow & { resource: unknown }>(
      `SELECT id, kind, uses, photo, bookable_by, ${resourceJsonSql('$1')} AS resource
         FROM experiment_space_resources WHERE id = $1`,
      [id],
    );
    if (!rows[0]) throw cityError('space_unknown_resource', { id }, { field: 'resourceId' });
    const { resource: json, ...meta } = rows[0];
    const resource = resourceFromJson(json);
    if (!resource?.active) throw cityError('space_resource_not_found', { id });
    return { resource, meta };
  }

  async function staffView(id: string): Promise<StaffResource> {
    const { resource, meta } = await loadResource(id, { includeInactive: true });
    const today = ctx.now().toISOString().slice(0, 10);
    return {
      ...(await detail(resource, meta)),
      active: resource.active,
      exceptions: await ctx.booking.listExceptions(id, { from: today }),
    };
  }

  /** The booking core's resource for a catalogue entry. */
  function bookingInput(input: ResourceInput | ResourceConfig): BookingResourceInput {
    const { config } = ctx;
    return {
      id: input.id,
      kind: 'exclusive',
      category: input.category ?? '',
      name: input.name,
      description: input.description ?? {},
      ...(input.location ? { location: input.location } : {}),
      accessibility: {
        ...(input.accessibility?.stepFree !== undefined
          ? { stepFree: input.accessibility.stepFree }
          : {}),
        notes: input.accessibility?.notes ?? {},
      },
      closedOnPublicHolidays: true,
      rules: {
        ...pickRules(config.rules),
        ...pickRules(input.rules),
        prerequisites: input.prerequisites ?? [],
        approvalRequired: input.approvalRequired ?? false,
        reminderMinutes: config.reminderHours * 60,
      },
      groupRules: configGroupRules(config),
      openingHours: input.openingHours ?? config.openingHours,
    };
  }

  async function writeMeta(input: ResourceInput | ResourceConfig, position?: number) {
    await db.query(
      `INSERT INTO experiment_space_resources (id, kind, uses, photo, bookable_by, position)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::text[], coalesce($6, (SELECT count(*) FROM experiment_space_resources)))
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, uses = EXCLUDED.uses, photo = EXCLUDED.photo,
         bookable_by = EXCLUDED.bookable_by`,
      [
        input.id,
        input.kind,
        JSON.stringify(input.uses ?? []),
        input.photo ? JSON.stringify(input.photo) : null,
        input.bookableBy ?? [...BOOKER_GROUPS],
        position ?? null,
      ],
    );
  }

  return {
    loadResource,
    forBooking,
    staffView,

    summaries,

    async list(): Promise<ResourceSummary[]> {
      const [byId, resources] = await Promise.all([metas(), ctx.booking.listResources()]);
      return summaries([...byId.values()], resources);
    },

    async get(id: string): Promise<ResourceDetail> {
      const { resource, meta } = await loadResource(id);
      return detail(resource, meta);
    },

    async listForStaff(): Promise<StaffResource[]> {
      const ids = [...(await metas()).keys()];
      return Promise.all(ids.map(staffView));
    },

    /** Creates a resource (booking core first: it checks the input and refuses a taken id). */
    async create(input: ResourceInput | ResourceConfig, position?: number): Promise<StaffResource> {
      if ((await metas([input.id])).has(input.id)) {
        throw cityError('space_resource_exists', { id: input.id }, { field: 'id' });
      }
      await checkPhoto(db, input.photo);
      await ctx.booking.createResource(bookingInput(input));
      await writeMeta(input, position);
      return staffView(input.id);
    },

    async update(id: string, change: Omit<ResourceInput, 'id' | 'kind'>): Promise<StaffResource> {
      const { resource, meta } = await loadResource(id, { includeInactive: true });
      await checkPhoto(db, change.photo);
      const input = { ...change, kind: meta.kind };
      const next = bookingInput({ ...input, id });
      await ctx.booking.updateResource(id, {
        category: next.category,
        name: next.name,
        description: next.description,
        location: next.location,
        accessibility: next.accessibility,
        // Keeps the rules staff set; changes what the form sends.
        rules: {
          ...resource.rules,
          ...pickRules(input.rules),
          prerequisites: input.prerequisites ?? resource.rules.prerequisites ?? [],
          approvalRequired: input.approvalRequired ?? resource.rules.approvalRequired ?? false,
        },
      });
      if (input.openingHours) {
        const hours = input.openingHours;
        await ctx.booking.setOpeningHours(id, hours);
      }
      await writeMeta({ ...input, id });
      return staffView(id);
    },

    async setActive(id: string, active: boolean): Promise<StaffResource> {
      await loadResource(id, { includeInactive: true });
      await ctx.booking.updateResource(id, { active });
      return staffView(id);
    },

    async setOpeningHours(id: string, hours: WeeklyHours[]): Promise<StaffResource> {
      await loadResource(id, { includeInactive: true });
      await ctx.booking.setOpeningHours(id, hours);
      return staffView(id);
    },

    async setException(
      id: string,
      date: string,
      exception: DateExceptionInput,
    ): Promise<StaffResource> {
      await loadResource(id, { includeInactive: true });
      await ctx.booking.setException(id, { date, ...exception });
      return staffView(id);
    },

    async removeException(id: string, date: string): Promise<StaffResource> {
      await loadResource(id, { includeInactive: true });
      await ctx.booking.removeException(id, date);
      return staffView(id);
    },

    async setRules(id: string, input: RulesInput): Promise<StaffResource> {
      const { resource } = await loadResource(id, { includeInactive: true });
      const kept = Object.fromEntries(
        Object.entries(resource.rules).filter(
          ([key]) => !(RULE_FIELDS as readonly string[]).includes(key),
        ),
      );
      // Staff's own rules (rooms reserved for courses) are not the form's business.
      const groupRules = input.groupRules
        ? {
            ...Object.fromEntries(
              Object.entries(input.groupRules).map(([group, rules]) => [group, pickRules(rules)]),
            ),
            ...(resource.groupRules.staff ? { staff: resource.groupRules.staff } : {}),
          }
        : resource.groupRules;
      await ctx.booking.updateResource(id, {
        rules: { ...kept, ...pickRules(input.rules) },
        groupRules,
      });
      return staffView(id);
    },

    /**
     * Whether the catalogue has this resource (courses' own seats are not in it). A resource
     * once in the catalogue stays (staff deactivate it, nothing deletes its row), so an id
     * found is remembered: the free slots ask this at every request.
     */
    async exists(id: string): Promise<boolean> {
      if (listed.has(id)) return true;
      const found = (await metas([id])).has(id);
      if (found) listed.add(id);
      return found;
    },
  };
}

export type Catalogue = ReturnType<typeof catalogue>;
