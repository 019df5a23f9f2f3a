import { plainText, webLink } from '@city-app/core';
import { z } from 'zod';
import { repeatSchema } from '../series/repeat.js';
import { eventInputSchema } from './event-input.js';
import { staffEventSchema } from './staff-event.js';

/** How long an organiser's texts may be; the database holds the same limits. */
export const ORGANISER_LIMITS = { name: 120, email: 254, reason: 1000 } as const;

/**
 * Who hands an event in: a club, the church, the library (`name`, shown with the event), and
 * the person the town writes to (`contact`, never shown). No phone number: e-mail answers.
 */
export const organiserInputSchema = z.strictObject({
  name: plainText().trim().min(2).max(ORGANISER_LIMITS.name),
  contact: plainText().trim().min(2).max(ORGANISER_LIMITS.name).optional(),
  email: z.email().max(ORGANISER_LIMITS.email),
  website: webLink().optional(),
});

/** A simple weekly repeat, the only series an organiser hands in: on some weekdays, every week. */
const weeklyRepeatSchema = repeatSchema.options[1].extend({ interval: z.literal(1).default(1) });

/**
 * The event as an organiser hands it in: what, where, one day (a start and an end time) or a
 * weekly repeat, admission and a link. English texts, images and longer or other series are
 * staff's to add; residents see the organiser's name, so the event carries none of its own.
 */
export const submittedEventSchema = eventInputSchema
  .pick({
    title: true,
    description: true,
    category: true,
    venueId: true,
    place: true,
    price: true,
    isFree: true,
    link: true,
    startDate: true,
    startTime: true,
    endTime: true,
  })
  .extend({ repeat: weeklyRepeatSchema.optional() });

/** An event an organiser submits without an account, who they are, and their consent. */
export const submissionInputSchema = z.strictObject({
  event: submittedEventSchema,
  organiser: organiserInputSchema,
  /** The organiser agrees that name and e-mail are kept to handle the submission. */
  consent: z.boolean(),
});

export type SubmissionInput = z.output<typeof submissionInputSchema>;

/** The token from the confirmation link (it travels in the link's fragment, not its path). */
export const confirmInputSchema = z.strictObject({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .describe('The 32 random bytes of the link, base64url'),
});

/** What the organiser learns after confirming: checked first, or published at once. */
export const confirmResultSchema = z.object({
  status: z.enum(['pending', 'published']),
  eventId: z.string(),
  title: z.string(),
});

export const submittedSchema = z.object({
  /** The confirmation link went to this address (as typed). */
  email: z.string(),
  /** Until when the link works. */
  expiresAt: z.string(),
});

export const rejectInputSchema = z.strictObject({
  reason: plainText().trim().min(5).max(ORGANISER_LIMITS.reason),
});

/** An organiser as staff see them. */
export const organiserSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The person the town writes to, when they gave one. */
  contact: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  trusted: z.boolean(),
  /** Events of theirs in the calendar (published or waiting). */
  events: z.number().int(),
  lastSubmittedAt: z.string().nullable(),
});

export const organiserListSchema = z.object({ items: z.array(organiserSchema) });

/** A confirmed submission waiting for staff: the whole event and who sent it. */
export const pendingSubmissionSchema = z.object({
  event: staffEventSchema,
  organiser: organiserSchema,
  submittedAt: z.string(),
  confirmedAt: z.string(),
});

export const pendingListSchema = z.object({ items: z.array(pendingSubmissionSchema) });

export type ConfirmResult = z.output<typeof confirmResultSchema>;
export type Submitted = z.output<typeof submittedSchema>;
export type Organiser = z.output<typeof organiserSchema>;
export type OrganiserList = z.output<typeof organiserListSchema>;
export type PendingSubmission = z.output<typeof pendingSubmissionSchema>;
export type PendingList = z.output<typeof pendingListSchema>;
