import { z } from 'zod';

/** Who books: rules can differ per group. */
export const PERSON_GROUPS = [
  'resident',
  'school',
  'association',
  'business',
  'education_provider',
  'staff',
] as const;
export type PersonGroup = (typeof PERSON_GROUPS)[number];

export const quotaSchema = z
  .object({
    period: z.enum(['day', 'week', 'month']),
    maxCount: z.number().int().min(0).optional(),
    maxHours: z.number().min(0).optional(),
  })
  .refine((q) => q.maxCount !== undefined || q.maxHours !== undefined, {
    message: 'A quota needs maxCount, maxHours or both.',
  });
export type Quota = z.infer<typeof quotaSchema>;

const minutes = (max: number) => z.number().int().min(0).max(max);

/** The rules of one resource. Every field has a default; groups override single fields. */
export const bookingRulesSchema = z.object({
  /** Slots start every so many minutes from the start of an opening interval; durations are multiples of it. */
  granularityMinutes: z.number().int().min(5).max(1440).default(30),
  minDurationMinutes: minutes(10080).default(30),
  maxDurationMinutes: minutes(10080).default(240),
  /** Time blocked before and after each reservation (setting up, cleaning, cooling down). */
  bufferBeforeMinutes: minutes(1440).default(0),
  bufferAfterMinutes: minutes(1440).default(0),
  /** How long before the start a reservation must be made. */
  minNoticeMinutes: minutes(525600).default(0),
  /** How far ahead a reservation may start. */
  maxHorizonDays: z.number().int().min(1).max(730).default(90),
  /** Limits per person on this resource, by local calendar day, ISO week or month. */
  quotas: z.array(quotaSchema).default([]),
  /** Prerequisites the person must hold (unexpired), e.g. `3d-printer-briefing`. */
  prerequisites: z.array(z.string().min(1)).default([]),
  approvalRequired: z.boolean().default(false),
  /** A person may cancel until so many minutes before the start; staff always may. */
  cancellationDeadlineMinutes: minutes(525600).default(0),
  /** How long a waitlist offer stays open. */
  waitlistOfferMinutes: z.number().int().min(1).max(10080).default(60),
  /** Reminder this many minutes before the start (0: none). */
  reminderMinutes: minutes(10080).default(1440),
});
export type BookingRules = z.infer<typeof bookingRulesSchema>;
export type BookingRulesInput = z.input<typeof bookingRulesSchema>;

/**
 * The same fields without their defaults, every one optional: what a resource or a group
 * overrides. Derived from `bookingRulesSchema` so the bounds are written once (zod's
 * `.partial()` would keep the defaults and so override with them).
 */
const ruleShape = bookingRulesSchema.shape;
type RuleShape = typeof ruleShape;
export const partialRulesSchema = z
  .object(
    Object.fromEntries(
      Object.entries(ruleShape).map(([name, field]) => [name, field.unwrap()]),
    ) as { [K in keyof RuleShape]: ReturnType<RuleShape[K]['unwrap']> },
  )
  .partial()
  .strict();
export type PartialRules = z.infer<typeof partialRulesSchema>;

export const DEFAULT_RULES: BookingRules = bookingRulesSchema.parse({});

/** Defaults, then the resource's rules, then its group's overrides. */
export function effectiveRules(
  resourceRules: PartialRules,
  groupRules: Partial<Record<string, PartialRules>>,
  group: string,
): BookingRules {
  return { ...DEFAULT_RULES, ...resourceRules, ...(groupRules[group] ?? {}) };
}
