import { RESERVATION_STATUSES, WAITLIST_STATUSES } from '@city-app/booking';
import {
  isInstant,
  isLocalDateTime,
  localDate,
  localDateTime,
  plainText,
  timeOfDay,
} from '@city-app/core';
import { z } from 'zod';
import type { BookingStatus } from '../api.js';
import {
  BOOKER_GROUPS,
  photoSchema,
  quotaSchema,
  resourceSchema,
  rulesSchema,
  weeklyHoursSchema,
} from '../config.js';

// Days and times that do not exist are refused here, so none is booked as another one.
const date = (what: string) => localDate().describe(`${what}, YYYY-MM-DD.`);
const start = plainText()
  .trim()
  .max(40)
  .refine((value) => isLocalDateTime(value) || isInstant(value), {
    message: 'Write the start as YYYY-MM-DDTHH:MM, a date and time that exist.',
    params: { reason: 'local_date_time' },
  })
  .describe('Local wall time YYYY-MM-DDTHH:MM, or an instant with offset.');
const id = plainText().min(1).max(100);
const name = plainText()
  .trim()
  .min(2, 'Enter your name (at least 2 characters).')
  .max(120, 'The name may have at most 120 characters.');
const email = z.email({ message: 'Enter a valid e-mail address, e.g. name@example.org.' }).max(254);
const organisation = plainText()
  .trim()
  .max(120, 'The organisation may have at most 120 characters.')
  .optional();
const locale = z.enum(['de', 'en']).optional();
const group = z.enum(BOOKER_GROUPS).optional();
const installationId = z
  .uuid({ message: 'Send the id of this device’s notification installation (a UUID), or nothing.' })
  .optional()
  .describe('The anonymous notification installation of this device, for push messages.');

export const idParams = z.object({ id });
export const tokenParams = z.object({ token: id });
/** A booking's private link is the key to that booking, and to nothing else. */
export const privateLink = { kind: 'private-link', in: 'path', name: 'token' } as const;

export const slotsQuery = z.object({
  date: date('the date'),
  duration: z.coerce.number().int().min(5).max(1440).optional(),
  group,
});

export const bookingBody = z.object({
  resourceId: id,
  start,
  durationMinutes: z.number().int().min(5).max(1440),
  name,
  email,
  organisation,
  group,
  locale,
  note: plainText().trim().max(1000, 'The note may have at most 1000 characters.').optional(),
  installationId,
});

export const rescheduleBody = z.object({
  start,
  durationMinutes: z.number().int().min(5).max(1440).optional(),
});

export const registrationBody = z.object({
  sessionId: id,
  name,
  email,
  organisation,
  group,
  locale,
  seats: z.number().int().min(1).max(40).optional(),
  installationId,
});

// What staff write for residents, in German and (optionally) English: bounded, as anything
// sent is. A name or title is a line; a description or note a few paragraphs.
const localized = z.strictObject({
  de: plainText().trim().min(1).max(200),
  en: plainText().trim().min(1).max(200).optional(),
});
const longText = z.strictObject({
  de: plainText().trim().max(5000).optional(),
  en: plainText().trim().max(5000).optional(),
});

export const resourceBody = resourceSchema.extend({
  name: localized,
  description: longText.default({}),
  uses: z.array(localized).max(30).default([]),
  accessibility: z
    .strictObject({ stepFree: z.boolean().optional(), notes: longText.default({}) })
    .default({ notes: {} }),
  photo: photoSchema.nullish(),
});
/** A resource's kind is chosen when it is created; a change keeps it. */
export const resourceUpdateBody = resourceBody.omit({ id: true, kind: true });

export const openingHoursBody = z.array(weeklyHoursSchema).max(100);

export const exceptionParams = z.object({ id, date: date('The day') });
export const exceptionBody = z
  .object({
    closed: z.boolean(),
    intervals: z
      .array(
        z.object({
          opens: timeOfDay({ endOfDay: true }),
          closes: timeOfDay({ endOfDay: true }),
        }),
      )
      .max(24)
      .optional(),
    note: plainText().max(200).optional(),
  })
  .refine((e) => e.closed || (e.intervals?.length ?? 0) > 0, {
    message: 'A day that is not closed needs its opening intervals.',
    path: ['intervals'],
  });

export const rulesBody = z.object({
  rules: rulesSchema,
  groupRules: z.partialRecord(z.enum(BOOKER_GROUPS), rulesSchema).optional(),
});

export const sessionBody = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Use lower-case letters, digits and dashes.'),
  start: localDateTime(),
  end: localDateTime(),
});

export const courseBody = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,57}$/, 'Use lower-case letters, digits and dashes.'),
  title: localized,
  description: longText.optional(),
  seats: z.number().int().min(1).max(500),
  location: plainText().min(1).max(100).optional(),
  remote: z.boolean().optional(),
  provider: plainText().trim().max(120).optional(),
  photo: photoSchema.nullish(),
  sessions: z.array(sessionBody).max(100).optional(),
});
export const courseUpdateBody = courseBody.omit({ id: true, sessions: true });
export const sessionParams = z.object({ id, sessionId: id });

export const briefingBody = z.object({
  email,
  prerequisite: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Use the prerequisite’s id, e.g. "3d-printer-briefing".'),
  validUntil: date('the last valid day').optional(),
});
export const briefingQuery = z.object({ email });
export const briefingDeleteQuery = z.object({ email, prerequisite: id });

export const reasonBody = z.object({ reason: plainText().trim().max(500).optional() });

/**
 * What a booking shows: its reservation's status, or its waitlist place's (an accepted place
 * shows its reservation's instead).
 */
const STATUSES: readonly BookingStatus[] = [
  ...RESERVATION_STATUSES,
  ...WAITLIST_STATUSES.filter(
    (status): status is Exclude<(typeof WAITLIST_STATUSES)[number], 'accepted'> =>
      status !== 'accepted',
  ),
];
export const staffBookingsQuery = z.object({
  status: z.enum(STATUSES).optional(),
  resourceId: id.optional(),
  from: date('the first date').optional(),
  to: date('the end date').optional(),
});
export const scheduleQuery = z.object({ date: date('the date').optional() });

export const providerQuotaBody = z.object({
  organisation: plainText().trim().min(2).max(120),
  resourceIds: z.array(id).min(1).max(100),
  period: z.enum(['week', 'month']),
  maxHours: z.number().min(0).max(1000),
});

export { quotaSchema };
