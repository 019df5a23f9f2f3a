import { z } from 'zod';
import { repeatSchema } from '../series/repeat.js';
import { detailDateSchema } from './event-detail.js';
import { localizedSchema } from './localized.js';

export const EVENT_STATUSES = ['unconfirmed', 'pending', 'published', 'rejected'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** An event in staff's list. */
export const staffEventSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.object({ id: z.string(), title: localizedSchema }),
  status: z.enum(EVENT_STATUSES),
  /** When the next date that takes place starts (an instant), if any. */
  nextDate: z.string().nullable(),
  series: z.boolean(),
  cancelled: z.boolean(),
  place: z.string().nullable(),
  sample: z.boolean(),
  /** Where it came from: staff, an organiser's submission, or a feed's name. */
  source: z.string().nullable(),
});

export const staffEventListSchema = z.object({
  items: z.array(staffEventSummarySchema),
  total: z.number().int(),
});

/** An event as staff edit it: the form's fields, the rule, and every date with its status. */
export const staffEventSchema = z.object({
  id: z.string(),
  status: z.enum(EVENT_STATUSES),
  title: z.string(),
  titleEn: z.string().nullable(),
  description: z.string(),
  descriptionEn: z.string().nullable(),
  category: z.string(),
  venueId: z.string().nullable(),
  place: z.string().nullable(),
  organiserName: z.string().nullable(),
  price: z.string().nullable(),
  isFree: z.boolean(),
  link: z.string().nullable(),
  imageUrl: z.string().nullable(),
  imageAlt: z.string().nullable(),
  startDate: z.string(),
  startTime: z.string().nullable(),
  endDate: z.string().nullable(),
  endTime: z.string().nullable(),
  /** The form's repeat; null for one date, or for an imported rule the form cannot show. */
  repeat: repeatSchema.nullable(),
  /** The stored RRULE, shown as text when `repeat` is null for a series. */
  rrule: z.string().nullable(),
  repeats: localizedSchema.nullable(),
  cancelled: z.boolean(),
  rejectionReason: z.string().nullable(),
  sample: z.boolean(),
  /** The dates of the coming months and the last weeks, with cancelled and moved ones. */
  dates: z.array(detailDateSchema),
});

export type StaffEventSummary = z.output<typeof staffEventSummarySchema>;
export type StaffEventList = z.output<typeof staffEventListSchema>;
export type StaffEvent = z.output<typeof staffEventSchema>;
