import { reservationIcs } from '@city-app/booking';
import type { PrivateBooking, StaffBooking } from '../../api.js';
import { effectiveRules, type SpaceContext } from '../context.js';
import type { State } from './state.js';

/** How a booking is shown: to the booker through the link, to staff, in a calendar. */
export function bookingViews(ctx: SpaceContext) {
  function changeableUntil(s: State): string | null {
    if (!s.reservation || !['pending', 'confirmed'].includes(s.status)) return null;
    const rules = effectiveRules(s.resource, s.row.person_group);
    return new Date(Date.parse(s.start) - rules.cancellationDeadlineMinutes * 60_000).toISOString();
  }

  /** What the booker and staff both see, in the order both views list it. */
  function commonView(s: State) {
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
    };
  }

  function privateView(s: State): PrivateBooking {
    const { row } = s;
    return {
      ...commonView(s),
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
      ...commonView(s),
      note: row.note,
      anonymised: row.anonymised_at !== null,
      createdAt: new Date(row.created_at).toISOString(),
    };
  }

  /** The booking as a calendar entry, in the booker's language. */
  function ics(s: State): string | null {
    if (!s.reservation) return null;
    const resource = s.course
      ? { ...s.resource, name: s.course.title }
      : { ...s.resource, location: placeOf(s) };
    return reservationIcs(s.reservation, resource, {
      timezone: ctx.timezone,
      uidDomain: ctx.city.town.slug,
      now: ctx.now(),
      language: s.row.locale,
    });
  }

  function placeOf(s: State): string {
    const { library } = ctx.config;
    return [s.resource.location, library.name, library.address.replace(/\n/g, ', ')]
      .filter(Boolean)
      .join(', ');
  }

  return { privateView, staffView, ics, placeOf };
}

export type BookingViews = ReturnType<typeof bookingViews>;
