import { addDaysToDate } from '@city-app/core';
import type { DetailDate } from '../../api/event-detail.js';
import type { Venue } from '../../api/venue.js';
import { fromRRule, type Weekday } from '../../series/repeat.js';
import { timeOf } from '../events/record.js';
import type { EventRow } from '../events/row.js';

const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const day = (d: Weekday) => `https://schema.org/${DAY_NAMES[d]}`;
const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  moved: 'https://schema.org/EventRescheduled',
} as const;

/** schema.org `Schedule` of a series whose rule the form can say; search engines read it. */
function scheduleOf(row: EventRow, timeZone: string): Record<string, unknown> | undefined {
  const repeat = row.rrule ? fromRRule(row.rrule) : undefined;
  if (!repeat) return undefined;
  const unit = { daily: 'D', weekly: 'W', monthly: 'M' }[repeat.frequency];
  return {
    '@type': 'Schedule',
    startDate: row.starts_on,
    ...(repeat.until ? { endDate: repeat.until } : {}),
    ...(repeat.count ? { repeatCount: repeat.count } : {}),
    repeatFrequency: `P${repeat.interval}${unit}`,
    ...(repeat.frequency === 'weekly' ? { byDay: repeat.weekdays.map(day) } : {}),
    ...(repeat.frequency === 'monthly' && repeat.monthDay !== undefined
      ? { byMonthDay: repeat.monthDay }
      : {}),
    ...(repeat.frequency === 'monthly' && repeat.weekday
      ? { byDay: day(repeat.weekday), byMonthWeek: repeat.week }
      : {}),
    ...(row.start_minute !== null ? { startTime: `${timeOf(row.start_minute)}:00` } : {}),
    ...(row.end_minute !== null ? { endTime: `${timeOf(row.end_minute % 1440)}:00` } : {}),
    scheduleTimezone: timeZone,
  };
}

function placeOf(row: EventRow, venue: Venue | null, town: string): Record<string, unknown> {
  if (!venue) return { '@type': 'Place', name: row.place ?? town, address: town };
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      ...(venue.street ? { streetAddress: venue.street } : {}),
      ...(venue.postcode ? { postalCode: venue.postcode } : {}),
      addressLocality: venue.locality ?? town,
      addressCountry: 'DE',
    },
    ...(venue.latitude !== null && venue.longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude } }
      : {}),
  };
}

/**
 * The event as schema.org `Event` JSON-LD, in German (the town's first language): the next
 * date as start, and for a series its `eventSchedule`, so search engines list every date.
 */
export function eventJsonLd(
  row: EventRow,
  about: {
    venue: Venue | null;
    organiser: { name: string; website: string | null } | null;
    next?: DetailDate;
  },
  ctx: { timeZone: string; town: string; url: string },
): Record<string, unknown> {
  const { venue, organiser, next } = about;
  const allDay = row.start_minute === null;
  const firstDay = next?.localDate ?? row.starts_on;
  const start = allDay ? firstDay : (next?.start ?? firstDay);
  const end = allDay ? addDaysToDate(firstDay, row.ends_after_days) : (next?.end ?? undefined);
  const status = row.cancelled ? 'cancelled' : (next?.status ?? 'scheduled');
  const schedule = scheduleOf(row, ctx.timeZone);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: row.title,
    ...(row.description ? { description: row.description } : {}),
    url: ctx.url,
    startDate: start,
    ...(end ? { endDate: end } : {}),
    eventStatus: STATUS[status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: placeOf(row, venue, ctx.town),
    ...(organiser
      ? {
          organizer: {
            '@type': 'Organization',
            name: organiser.name,
            ...(organiser.website ? { url: organiser.website } : {}),
          },
        }
      : {}),
    isAccessibleForFree: row.is_free,
    ...(row.image_url ? { image: row.image_url } : {}),
    inLanguage: 'de',
    ...(schedule ? { eventSchedule: schedule } : {}),
  };
}
