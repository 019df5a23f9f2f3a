import { plainText, webLink } from '@city-app/core';
import { z } from 'zod';
import { eventInputSchema } from './event-input.js';
import { staffEventSchema } from './staff-event.js';

/** How long an organiser's texts may be; the database holds the same limits. */
export const ORGANISER_LIMITS = { name: 120, email: 254, reason: 1000 } as const;

/** Who hands an event in: a club, the church, the library. No phone number: e-mail answers. */
export const organiserInputSchema = z.strictObject({
  name: plainText().trim().min(2).max(ORGANISER_LIMITS.name),
  email: z.email().max(ORGANISER_LIMITS.email),
  website: webLink().optional(),
});

/**
 * An event an organiser submits without an account: the event as staff write it (without an
 * `organiserName`, residents see the organiser's name), who they are, and their consent.
 */
export const submissionInputSchema = z.strictObject({
  event: eventInputSchema,
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
