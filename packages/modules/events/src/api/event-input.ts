import {
  localDate,
  plainText,
  sameOriginPage,
  sameOriginPath,
  timeOfDay,
  webLink,
} from '@city-app/core';
import { z } from 'zod';
import { repeatSchema } from '../series/repeat.js';

/** How long the texts of an event may be; the database holds the same limits. */
export const EVENT_LIMITS = {
  title: 160,
  description: 8000,
  place: 200,
  organiserName: 120,
  price: 120,
  imageAlt: 300,
  note: 300,
  /** An occurrence lasts at most this many days after its first (a town festival). */
  endsAfterDays: 60,
} as const;

const optionalText = (max: number) => plainText().trim().max(max).optional();

/**
 * An event as staff write it (and, later, as an organiser submits it): local dates and times
 * in the town's zone; `repeat` makes it a series.
 */
export const eventInputSchema = z.strictObject({
  title: plainText().trim().min(2).max(EVENT_LIMITS.title),
  titleEn: plainText().trim().min(2).max(EVENT_LIMITS.title).optional(),
  description: plainText().trim().max(EVENT_LIMITS.description).default(''),
  descriptionEn: optionalText(EVENT_LIMITS.description),
  category: z.string().min(1).max(31),
  venueId: z.uuid().optional(),
  place: optionalText(EVENT_LIMITS.place),
  organiserName: optionalText(EVENT_LIMITS.organiserName),
  price: optionalText(EVENT_LIMITS.price),
  isFree: z.boolean().default(false),
  /** Another site, or a page of this app (a course of the library's experiment space). */
  link: z.union([sameOriginPage(), webLink()]).optional(),
  imageUrl: z.union([sameOriginPath(), webLink()]).optional(),
  imageAlt: optionalText(EVENT_LIMITS.imageAlt),
  startDate: localDate(),
  /** Without a start time the event lasts all day. */
  startTime: timeOfDay().optional(),
  endDate: localDate().optional(),
  endTime: timeOfDay({ endOfDay: true }).optional(),
  repeat: repeatSchema.optional(),
});

export type EventInput = z.output<typeof eventInputSchema>;

/** One date of a series moved: to another day, and optionally other times. */
export const moveDateSchema = z.strictObject({
  to: localDate(),
  startTime: timeOfDay().optional(),
  endTime: timeOfDay({ endOfDay: true }).optional(),
  note: optionalText(EVENT_LIMITS.note),
});

export const cancelDateSchema = z.strictObject({ note: optionalText(EVENT_LIMITS.note) });

export type MoveDateInput = z.output<typeof moveDateSchema>;
