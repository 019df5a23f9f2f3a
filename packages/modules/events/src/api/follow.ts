import { z } from 'zod';

/** A device's anonymous notify installation id; knowing it is the proof. */
export const installationParamsSchema = z.strictObject({
  installationId: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID')
    .describe('The id of this device’s notification installation (a UUID the app made).'),
});

/**
 * The categories a device follows and how many days ahead it wants to hear of new events.
 * Messages carry both languages; the device shows its own.
 */
export const followInputSchema = z.strictObject({
  categories: z.array(z.string().min(1).max(31)).min(1).max(30),
  daysBefore: z.number().int().min(1).max(30).optional(),
});

export const followStateSchema = z.object({
  categories: z.array(z.string()),
  daysBefore: z.number().int(),
});

export type FollowInput = z.output<typeof followInputSchema>;
export type FollowState = z.output<typeof followStateSchema>;

/** How long before a marked date the reminder comes (all-day dates: the evening before). */
export const LEAD_MINUTES = [30, 60, 120, 180, 1440] as const;

export const reminderInputSchema = z.strictObject({
  leadMinutes: z
    .union([z.literal(30), z.literal(60), z.literal(120), z.literal(180), z.literal(1440)])
    .default(120)
    .describe('Minutes before the start: 30, 60, 120, 180 or 1440 (a day).'),
});

/** One marked date of a device. */
export const reminderSchema = z.object({
  eventId: z.string(),
  originalDate: z.string(),
  title: z.object({ de: z.string(), en: z.string().optional() }),
  start: z.string(),
  leadMinutes: z.number().int(),
  sent: z.boolean(),
});

export const reminderListSchema = z.object({ items: z.array(reminderSchema) });
export type Reminder = z.output<typeof reminderSchema>;
export type ReminderList = z.output<typeof reminderListSchema>;
