import { z } from 'zod';

/**
 * What an installation asked to be reminded of, the body and answer of
 * `PUT/GET /api/waste/follows/:installationId`: one location and, per waste type, a reminder the
 * evening before and/or on the morning of a pickup at local times (HH:MM), or none (null).
 * A type not listed is not followed: no reminders, no messages about changed dates.
 */
export const followTypeSchema = z.object({
  typeId: z.string(),
  evening: z.string().nullable(),
  morning: z.string().nullable(),
});
export const followStateSchema = z.object({
  locationId: z.number().int(),
  types: z.array(followTypeSchema),
});
export type FollowState = z.output<typeof followStateSchema>;
