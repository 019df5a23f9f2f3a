import {
  addDays,
  type BookingEvent,
  createBookingService,
  isoWeekday,
  localParts,
  publicHoliday,
  zonedInstant,
} from '@city-app/booking';
import { cityError } from '@city-app/core';
import type { ModuleServerContext, Queryable } from '@city-app/server';
import type { Catalogue as CatalogueView, DaySlots, MailQueueState } from '../api.js';
import type { ExperimentSpaceConfig } from '../config.js';
import { bookings } from './bookings/index.js';
import { catalogue } from './catalogue.js';
import { readCatalogueRows } from './catalogue-rows.js';
import { effectiveRules, type PushNotify, type SpaceContext } from './context.js';
import { courses } from './courses.js';
import { type DeliveryResult, deliverDueMail, mailQueueCounts } from './mail/queue.js';
import type { MailTransport } from './mail/transport.js';
import { privacy } from './privacy.js';
import { providerQuotas } from './provider-quotas.js';

export interface SpaceOptions {
  /** The clock; tests pass one they move. */
  now?: () => Date;
  /** Absolute origin for links in e-mails (CITY_APP_PUBLIC_URL). */
  publicUrl?: string;
  /** Where e-mails go; without one they stay queued. */
  transport?: MailTransport;
  /** Where pushes go; default the kernel's `ctx.notify`. */
  notify?: PushNotify;
}

const pushOf = (module: object): PushNotify | undefined =>
  (module as { notify?: PushNotify }).notify;

/** The experiment space on one database: everything the routes, the seed and the jobs call. */
export function createSpace(
  module: ModuleServerContext<ExperimentSpaceConfig>,
  options: SpaceOptions = {},
) {
  const now = options.now ?? (() => new Date());
  /**
   * What the booking core does on its own — a waitlist offer (after a cancellation, or when an
   * offer expired), a due reminder — is told in the transaction that makes it: no offer without
   * its e-mail. What the module does itself it tells in its own calls' transactions.
   */
  async function beforeCommit(tx: Queryable, event: BookingEvent): Promise<void> {
    if (event.type === 'waitlist_offer') {
      const row = await bookingsApi.rowBy('waitlist_id', event.entry.id, tx);
      if (row && !row.reservation_id)
        await bookingsApi.tell(tx, await bookingsApi.state(row, tx), 'offer');
    } else if (event.type === 'reminder_due') {
      const row = await bookingsApi.rowBy('reservation_id', event.reservation.id, tx);
      if (row) await bookingsApi.tell(tx, await bookingsApi.state(row, tx), 'reminder');
    }
  }
  const bookingService = createBookingService(module.db, {
    timezone: module.city.timezone,
    state: module.city.town.state,
    now,
    beforeCommit,
    // Refusals name the fields as this module's API does.
    requestFields: { person: 'email', idempotencyKey: 'Idempotency-Key' },
    // An offer or reminder whose e-mail could not be written is not made; the next run tries again.
    onEventError: (error, event) =>
      module.log.error('Could not write the e-mail for a booking event; it is tried again', {
        type: event.type,
        error: String(error),
      }),
  });
  const push = options.notify ?? pushOf(module);
  const ctx: SpaceContext = {
    db: module.db,
    booking: bookingService,
    config: module.config,
    city: module.city,
    timezone: module.city.timezone,
    log: module.log,
    now,
    webPath: module.manifest.path,
    apiPath: `/api/${module.manifest.id}`,
    ...(options.publicUrl ? { publicUrl: options.publicUrl.replace(/\/$/, '') } : {}),
    ...(push ? { notify: push } : {}),
    async forgetMailRecipient(address) {
      // The kernel cleans its mail folder; a transport of this module's own may keep others.
      await module.mail?.forgetRecipient(address);
      await options.transport?.forgetRecipient?.(address);
    },
  };
  const resources = catalogue(ctx);
  const bookingsApi = bookings(ctx, resources);
  const coursesApi = courses(ctx, resources, bookingsApi);
  const privacyApi = privacy(ctx, bookingsApi);
  const quotas = providerQuotas(ctx);

  /**
   * Free times of one resource on one local date, with why there are none. Two statements:
   * whether the catalogue has the resource, and the booking core's resource with its hours,
   * the date's exception and its reservations (which also say why a day has no slot).
   */
  async function daySlots(
    id: string,
    date: string,
    opts: { durationMinutes?: number; group?: string },
  ): Promise<DaySlots> {
    const group = opts.group ?? 'resident';
    const [listed, found] = await Promise.all([
      resources.exists(id),
      bookingService.findResourceSlots({
        resourceIds: [id],
        from: date,
        to: addDays(date, 1),
        ...(opts.durationMinutes ? { durationMinutes: opts.durationMinutes } : {}),
        group,
      }),
    ]);
    // Inactive resources are not searched: not found, as for residents they do not exist.
    const [day] = found;
    if (!listed || !day) throw cityError('space_resource_not_found', { id });
    const { resource } = day;
    const rules = effectiveRules(resource, group);
    const durationMinutes =
      opts.durationMinutes ?? Math.max(rules.minDurationMinutes, rules.granularityMinutes);
    const slots = day.slots.map(({ start, end, startLocal, endLocal }) => ({
      start,
      end,
      startLocal,
      endLocal,
    }));
    const result: DaySlots = { resourceId: id, date, durationMinutes, slots };
    if (slots.length) return result;
    const today = localParts(now().getTime(), ctx.timezone).date;
    if (date < today) return { ...result, reason: 'past' };
    if (date > addDays(today, rules.maxHorizonDays)) return { ...result, reason: 'beyond_horizon' };
    const exception = resource.exceptions.get(date);
    const weekly = resource.weekly.some((h) => h.weekday === isoWeekday(date));
    const holiday = resource.closedOnPublicHolidays && publicHoliday(date, ctx.city.town.state);
    const open = exception ? !exception.closed : weekly && !holiday;
    return { ...result, reason: open ? 'fully_booked' : 'closed' };
  }

  return {
    ctx,
    booking: bookingService,
    resources,
    bookings: bookingsApi,
    courses: coursesApi,
    privacy: privacyApi,
    providerQuotas: quotas,
    daySlots,

    /**
     * The courses as residents see them (the home widget), from the catalogue's one statement:
     * the courses' own list asks in three rounds (sessions and rooms, then the seats taken).
     */
    async courseList(): Promise<CatalogueView['courses']> {
      const own = await readCatalogueRows(module.db);
      return coursesApi.summaries(own.courses, { sessions: own.sessions, rooms: own.rooms });
    },

    async catalogue(): Promise<CatalogueView> {
      const { library, openingHours, groups, anonymiseAfterDays } = module.config;
      const own = await readCatalogueRows(module.db);
      const resourceList = resources.summaries(own.resources, own.rooms);
      const courseList = await coursesApi.summaries(own.courses, {
        sessions: own.sessions,
        rooms: own.rooms,
      });
      return {
        library: {
          name: library.name,
          address: library.address,
          email: library.email ?? null,
          phone: library.phone ?? null,
          openingHours,
        },
        resources: resourceList,
        courses: courseList,
        groups: groups.map((g) => ({ id: g.id, label: g.label })),
        anonymiseAfterDays,
      };
    },

    /** Sends the queued e-mails that are due (none without a transport: they stay queued). */
    async deliverMail(): Promise<DeliveryResult> {
      const { transport } = options;
      if (!transport) return { sent: 0, retried: 0, failed: 0 };
      const { library } = module.config;
      return deliverDueMail(module.db, transport, {
        from:
          module.config.mailFrom ??
          `${library.name} <${library.email ?? `noreply@${module.city.town.slug}.invalid`}>`,
        ...(library.email ? { replyTo: library.email } : {}),
        now: now(),
        onError: (error, id) =>
          module.log.warn(`E-mail ${id} could not be sent; it is retried later`, {
            error: String((error as Error)?.message ?? error),
          }),
      });
    },

    async mailState(): Promise<MailQueueState> {
      return {
        transport: options.transport?.kind ?? 'folder',
        ...(await mailQueueCounts(module.db)),
      };
    },

    dayAfter: (date: string) => addDays(date, 1),

    /** The instant a briefing valid through `date` runs out: the next local midnight. */
    nextMidnight: (date: string) => zonedInstant(addDays(date, 1), 0, ctx.timezone),

    requireLocalDate(value: string | undefined, field: string): string {
      if (value === undefined) return localParts(now().getTime(), ctx.timezone).date;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw cityError('space_date_format', {}, { field });
      return value;
    },
  };
}

export type Space = ReturnType<typeof createSpace>;
