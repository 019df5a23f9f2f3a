import type { TownTime } from './zone.js';

/** A date of a series the feed changed, named by the town's day the rule gives it. */
export interface FeedException {
  originalDate: string;
  kind: 'cancelled' | 'moved';
  movedTo?: string;
  movedStartMinute?: number | null;
  movedEndMinute?: number | null;
}

/**
 * One VEVENT (with its overridden dates) as the town's calendar needs it: times already in the
 * town's wall-clock time, texts as written (cut and mapped later).
 */
export interface FeedEvent {
  uid: string;
  summary: string;
  /** English texts, where the source has them (another module of the app); iCalendar has none. */
  summaryEn?: string;
  description: string;
  descriptionEn?: string;
  location: string;
  url: string;
  organiser: string;
  categories: string[];
  cancelled: boolean;
  /** Free of charge, where the source says so (iCalendar cannot). */
  free?: boolean;
  start: TownTime;
  /** The end as the town's clocks show it (for an all-day event: its last day); none: open. */
  end: TownTime | null;
  /** The RRULE with its UNTIL in the town's wall-clock time, as the series is expanded. */
  rrule: string | null;
  exceptions: FeedException[];
}

/** Something a calendar held that was left out or taken over in part. */
export interface FeedWarning {
  /** The event it concerns: its UID, or the line of the file. */
  item: string;
  /** A message key under `events.feeds.` and its parameters. */
  key: string;
  params?: Record<string, string>;
}
