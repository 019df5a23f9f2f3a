import { feedError } from '../../../errors/feeds.js';

/**
 * What one calendar may hold. A file or feed over these is refused as a whole (nothing is
 * written); a text over its length is cut, since the feed is not the town's to fix and the
 * rest of the event is worth showing.
 */
export const FEED_LIMITS = {
  /** A town's or club's calendar of a few years is well under 1 MB. */
  bytes: 5 * 1024 * 1024,
  /** VEVENTs in one file, overridden dates counted. */
  events: 5_000,
  /** ical.js walks each step of a rule: one every million days would take seconds. */
  ruleInterval: 1_000,
} as const;

export function assertCalendarSize(byteLength: number): void {
  if (byteLength > FEED_LIMITS.bytes) {
    throw feedError('events_ics_too_large', { limit: `${FEED_LIMITS.bytes / 1024 / 1024} MB` });
  }
}

export function assertEventCount(count: number): void {
  if (count > FEED_LIMITS.events) {
    throw feedError('events_ics_too_many_events', { limit: FEED_LIMITS.events });
  }
}
