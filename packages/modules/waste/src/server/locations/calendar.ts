import { addDaysToDate, type Locale } from '@city-app/core';
import { type CalendarEvent, writeCalendar } from '@city-app/core/icalendar';
import type { Pickup, WasteLocation } from '../../api/pickups.js';
import type { WasteConfig } from '../../config.js';
import { pickupChange } from './pickup-words.js';

export interface PickupCalendar {
  location: WasteLocation;
  pickups: readonly Pickup[];
  config: Pick<WasteConfig, 'types' | 'authority'>;
  townName: string;
  timezone: string;
  locale: Locale;
  /** Host part of every UID, e.g. the app's domain. */
  host: string;
  /** The calendar screen of the app, linked from each event. */
  url: string;
  now: Date;
}

/**
 * The stable UID of a pickup: the location, the type and the date first published. A pickup
 * moved for a holiday keeps its UID, so a subscribed calendar moves the event instead of
 * showing both days; a cancelled one keeps it too and is shown struck through.
 */
export function pickupUid(locationId: number, pickup: Pickup, host: string): string {
  return `waste-${locationId}-${pickup.typeId}-${pickup.plannedDate ?? pickup.date}@${host}`;
}

/** The location's pickups as an iCalendar subscription: one all-day event per pickup. */
export function pickupCalendar(feed: PickupCalendar): string {
  const names = new Map(feed.config.types.map((t) => [t.id, t.name[feed.locale]]));
  const title = feed.locale === 'de' ? 'Abfuhrtermine' : 'Waste collection';
  const events = feed.pickups.map((pickup): CalendarEvent => {
    const name = names.get(pickup.typeId) ?? pickup.typeId;
    const change = pickupChange(pickup, feed.locale);
    const note = pickup.note?.[feed.locale];
    return {
      uid: pickupUid(feed.location.id, pickup, feed.host),
      start: pickup.date,
      end: addDaysToDate(pickup.date, 1),
      summary: change ? `${name} (${change})` : name,
      status: pickup.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      location: feed.location.label,
      description: [change, note, feed.config.authority].filter(Boolean).join('\n'),
      url: feed.url,
    };
  });
  return writeCalendar(events, {
    productId: '-//city-app//waste//DE',
    timezone: feed.timezone,
    now: feed.now,
    name: `${title} ${feed.location.label} – ${feed.townName}`,
    // The authority's changes reach a subscribed calendar within the day.
    refreshInterval: 'PT12H',
  });
}
