import { createHash } from 'node:crypto';
import { addDaysToDate, isCityAppError, isSameOriginPage, isWebLink } from '@city-app/core';
import type { EventInput } from '../../api/event-input.js';
import { EVENT_LIMITS } from '../../api/event-input.js';
import type { EventsConfig } from '../../config.js';
import { type EventRecord, eventRecord, timeOf } from '../events/record.js';
import type { FeedEvent, FeedException, FeedWarning } from './parse/feed-event.js';
import type { TownTime } from './parse/zone.js';

/** How a feed's words become the town's: its categories and its venues. */
export interface FeedMapping {
  config: Pick<EventsConfig, 'categories'>;
  /** For events none of whose CATEGORIES maps to one of the town's; none: they are left out. */
  defaultCategory: string | null;
  /** A feed's own category words (lower case) → the town's category id. */
  categoryMap: Readonly<Record<string, string>>;
  /** The town's venues by lower-case name. */
  venues: ReadonlyMap<string, string>;
  /** Links may be pages of this app: the events come from one of its modules, not a feed. */
  inAppLinks?: boolean;
}

/** One event of a feed as it is to be stored, with a fingerprint of all of it. */
export interface FeedItem {
  uid: string;
  record: EventRecord;
  exceptions: FeedException[];
  cancelled: boolean;
  /** Equal fingerprints: nothing to write on a second import. */
  hash: string;
  /** Whether a text had to be cut to its length. */
  cut: boolean;
}

// Tab and newline stay; other control characters only hide things (and PostgreSQL refuses NUL).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** A text cleaned of control characters and cut to `max` characters (an ellipsis marks the cut). */
function fitted(value: string, max: number): { text: string; cut: boolean } {
  const clean = value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
  if (clean.length <= max) return { text: clean, cut: false };
  return { text: `${clean.slice(0, max - 1).trimEnd()}…`, cut: true };
}

/** The town's category for a feed's CATEGORIES: the source's map, then the town's ids and names. */
export function categoryFor(categories: readonly string[], mapping: FeedMapping): string | null {
  for (const word of categories.map((c) => c.toLowerCase())) {
    const mapped = mapping.categoryMap[word];
    if (mapped) return mapped;
    const own = mapping.config.categories.find(
      (c) =>
        c.id === word || c.title.de.toLowerCase() === word || c.title.en.toLowerCase() === word,
    );
    if (own) return own.id;
  }
  return mapping.defaultCategory;
}

/**
 * The venue a LOCATION names: all of it ("Stadtbibliothek"), its part before a comma, or else
 * the longest venue name it begins with as whole words ("Stadtbibliothek Hagenow – Digitaler
 * Knotenpunkt, …" is the venue "Stadtbibliothek Hagenow", with its accessibility facts).
 */
function venueFor(location: string, venues: ReadonlyMap<string, string>): string | undefined {
  const lower = location.toLowerCase();
  const exact = venues.get(lower) ?? venues.get(lower.split(',')[0]?.trim() ?? '');
  if (exact) return exact;
  let best: [string, string] | undefined;
  for (const [name, id] of venues) {
    const boundary = lower.charAt(name.length);
    const whole = boundary === '' || !/[\p{L}\p{N}]/u.test(boundary);
    if (lower.startsWith(name) && whole && name.length > (best?.[0].length ?? 0)) best = [name, id];
  }
  return best?.[1];
}

/** An end at midnight after the first day is 24:00 of the day before, as the calendar stores it. */
function midnightEnd(end: TownTime | null): TownTime | null {
  if (end?.minute !== 0) return end;
  return { date: addDaysToDate(end.date, -1), minute: 24 * 60 };
}

const fingerprint = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * A feed's event → the columns the calendar stores, checked as staff's input is (category,
 * end after start, a rule that can be expanded). Texts over their length are cut; an event
 * without a title or a category is left out with a warning saying why.
 */
export function feedItem(event: FeedEvent, mapping: FeedMapping): FeedItem | FeedWarning {
  const item = event.uid.slice(0, 120);
  const title = fitted(event.summary, EVENT_LIMITS.title);
  if (title.text.length < 2) return { item, key: 'skip.noTitle' };
  const category = categoryFor(event.categories, mapping);
  if (!category) {
    return {
      item,
      key: 'skip.noCategory',
      params: { categories: event.categories.join(', ').slice(0, 120) },
    };
  }
  const description = fitted(event.description, EVENT_LIMITS.description);
  const place = fitted(event.location, EVENT_LIMITS.place);
  const organiser = fitted(event.organiser, EVENT_LIMITS.organiserName);
  const venueId = place.text ? venueFor(place.text, mapping.venues) : undefined;
  const end = midnightEnd(event.end);
  const titleEn = event.summaryEn ? fitted(event.summaryEn, EVENT_LIMITS.title) : null;
  const descriptionEn = event.descriptionEn
    ? fitted(event.descriptionEn, EVENT_LIMITS.description)
    : null;
  const linked = isWebLink(event.url) || (mapping.inAppLinks && isSameOriginPage(event.url));
  const input: EventInput = {
    title: title.text,
    ...(titleEn && titleEn.text.length >= 2 ? { titleEn: titleEn.text } : {}),
    description: description.text,
    ...(descriptionEn?.text ? { descriptionEn: descriptionEn.text } : {}),
    category,
    isFree: event.free ?? false,
    startDate: event.start.date,
    ...(event.start.minute === null ? {} : { startTime: timeOf(event.start.minute) }),
    ...(end ? { endDate: end.date } : {}),
    ...(end?.minute != null ? { endTime: timeOf(end.minute) } : {}),
    ...(venueId ? { venueId } : place.text ? { place: place.text } : {}),
    ...(organiser.text ? { organiserName: organiser.text } : {}),
    ...(linked ? { link: event.url } : {}),
  };
  let record: EventRecord;
  try {
    record = eventRecord(input, mapping.config, event.rrule ? { rrule: event.rrule } : {});
  } catch (error) {
    if (!isCityAppError(error)) throw error;
    const [de, en] = [error.toJSON('de'), error.toJSON('en')];
    return {
      item,
      key: 'skip.invalid',
      params: { field: en.field ?? '-', reason_de: de.message, reason_en: en.message },
    };
  }
  const content = { record, exceptions: event.exceptions, cancelled: event.cancelled };
  return {
    uid: event.uid,
    ...content,
    hash: fingerprint(content),
    cut: [title, description, place, organiser, titleEn, descriptionEn].some((t) => t?.cut),
  };
}

export const isFeedItem = (value: FeedItem | FeedWarning): value is FeedItem => 'record' in value;
