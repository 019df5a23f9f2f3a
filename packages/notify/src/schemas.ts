import { z } from 'zod';

const localized = z.object({ de: z.string().min(1), en: z.string().min(1).optional() });
/** A text in the town's language, optionally with an English translation. */
export const localizedText = z.union([z.string().min(1), localized]);
export type LocalizedText = z.infer<typeof localizedText>;

export const topicInput = z.object({
  // Dots group a module's topics ("news.baustellen").
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, 'lower-case letters, digits, dots and dashes'),
  name: localized,
  description: localized,
  /** Field of action (administration, education, mobility, tourism, commerce, culture, …). */
  field: z.string().optional(),
  /** Module id that declared it, or "editor". */
  source: z.string().default('editor'),
});
export type TopicInput = z.input<typeof topicInput>;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time "HH:MM"');
export const quietHours = z
  .object({ start: clock, end: clock })
  .refine((q) => q.start !== q.end, { message: 'start and end must differ', path: ['end'] });
export type QuietHours = z.infer<typeof quietHours>;

export const subscriptionInput = z.object({
  endpoint: z.url(),
  keys: z.object({ p256dh: z.string().min(1), auth: z.string().min(1) }),
});

export type SubscriptionInput = z.output<typeof subscriptionInput>;

/** The browser replaced its push subscription (`pushsubscriptionchange`). */
export const resubscribeInput = z.object({
  subscription: subscriptionInput,
  /** The endpoint it replaces, when the browser still knows it. */
  oldEndpoint: z.string().max(2000).optional(),
});
export type ResubscribeInput = z.input<typeof resubscribeInput>;

export const installationInput = z.object({
  language: z.enum(['de', 'en']).default('de'),
  topics: z.array(z.string()).max(200).default([]),
  areas: z.array(z.string()).max(100).default([]),
  quietHours: quietHours.nullable().default(null),
  subscription: subscriptionInput.optional(),
});
export type InstallationInput = z.input<typeof installationInput>;

/** An installation id as the app makes it (`crypto.randomUUID()`). */
export const installationIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID');

/** A message to the followers of a topic — what editors send. */
export const topicSendInput = z.object({
  topic: z.string().min(1),
  /**
   * Further topics whose followers get this message too (e.g. news and its category). A
   * resident who follows several of them gets it once.
   */
  alsoTopics: z.array(z.string().min(1)).max(20).default([]),
  area: z.string().optional(),
  title: localizedText,
  body: localizedText,
  /** Where a tap leads: a path in the app or an https URL. */
  url: z
    .string()
    .refine(
      (u) => u.startsWith('/') || u.startsWith('https://'),
      'a path starting with / or an https URL',
    )
    .optional(),
  urgency: z.enum(['very-low', 'low', 'normal', 'high']).default('normal'),
  /** Seconds the push service keeps it for an offline device (at most 28 days). */
  ttl: z
    .number()
    .int()
    .min(0)
    .max(28 * 24 * 3600)
    .default(24 * 3600),
  /** Messages with the same key replace each other on the device and at the push service. */
  collapseKey: z.string().max(64).optional(),
  /** The same key sends once, however often `send` is called with it. */
  idempotencyKey: z.string().min(1).max(200),
  sendAt: z.coerce.date().optional(),
});

/** The most installations one message may name (a town's whole reminder run for one street). */
export const MAX_INSTALLATIONS_PER_MESSAGE = 100_000;

/**
 * A message to a topic, or — with `installationId` — to one installation only, whatever it
 * follows (the resident opted in for this one thing, e.g. a booking), or — with
 * `installationIds` — to each of a list of installations (e.g. everyone who asked for a
 * reminder of one street's pickup). `topic` is then optional and only labels the message;
 * `alsoTopics` and `area` do not apply.
 */
export const sendInput = topicSendInput
  .extend({
    topic: z.string().min(1).optional(),
    installationId: installationIdSchema.optional(),
    installationIds: z
      .array(installationIdSchema)
      .min(1)
      .max(MAX_INSTALLATIONS_PER_MESSAGE)
      .optional(),
  })
  .superRefine((input, ctx) => {
    if (input.installationId !== undefined && input.installationIds !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['installationIds'],
        message: 'name one installation (installationId) or a list (installationIds), not both',
      });
      return;
    }
    if (input.installationId === undefined && input.installationIds === undefined) {
      if (input.topic === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['topic'],
          message: 'name the topic to send to, or an installationId for one installation',
        });
      }
      return;
    }
    if (input.alsoTopics.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['alsoTopics'],
        message: 'a message to installations goes to them alone; leave alsoTopics out',
      });
    }
    if (input.area !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['area'],
        message: 'a message to installations reaches them wherever they are; leave area out',
      });
    }
  });
export type SendInput = z.input<typeof sendInput>;
export type SendOutput = z.output<typeof sendInput>;
export type TopicSendInput = z.input<typeof topicSendInput>;
