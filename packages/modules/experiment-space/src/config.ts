import {
  quotaSchema as bookingQuotaSchema,
  type PersonGroup,
  partialRulesSchema,
} from '@city-app/booking';
import { isImageStorePath, isSameOriginPath, localDateTime, timeOfDay } from '@city-app/core';
import { z } from 'zod';

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

const localizedText = (what: string) =>
  z
    .strictObject({
      de: z.string().trim().min(1).describe(`${what} in German.`),
      en: z.string().trim().min(1).optional().describe(`${what} in English.`),
    })
    .describe(`${what}, German and (optionally) English.`);

const optionalText = (what: string) =>
  z
    .strictObject({
      de: z.string().trim().optional().describe(`${what} in German.`),
      en: z.string().trim().optional().describe(`${what} in English.`),
    })
    .default({})
    .describe(`${what}, German and English.`);

const id = (example: string) =>
  z.string().regex(ID, `Use lower-case letters, digits and dashes, e.g. "${example}".`);

/**
 * Groups that book with an organisation name; `resident` books as a private person. The
 * booking core's groups without `staff` (staff reserve rooms for courses, nobody books as it).
 */
export const BOOKER_GROUPS = [
  'resident',
  'school',
  'association',
  'business',
  'education_provider',
] as const satisfies readonly PersonGroup[];
export type BookerGroup = (typeof BOOKER_GROUPS)[number];

export const weeklyHoursSchema = z
  .strictObject({
    weekday: z.number().int().min(1).max(7).describe('ISO weekday: 1 is Monday, 7 is Sunday.'),
    opens: timeOfDay({ endOfDay: true }).describe('Opens at (HH:MM).'),
    closes: timeOfDay({ endOfDay: true }).describe('Closes at (HH:MM).'),
  })
  .describe('One opening interval on one weekday; several a day are allowed.');

// The booking core holds the bounds of quotas and rules; the config adds what a town reads.
const quotaField = bookingQuotaSchema.shape;
const ruleField = partialRulesSchema.shape;

export const quotaSchema = z
  .strictObject({
    period: quotaField.period.describe('Calendar period the quota counts in.'),
    maxCount: quotaField.maxCount.describe('At most this many bookings.'),
    maxHours: quotaField.maxHours.describe('At most this many hours.'),
  })
  .refine((q) => q.maxCount !== undefined || q.maxHours !== undefined, {
    message: 'A quota needs maxCount, maxHours or both.',
  })
  .describe('A limit per person (per organisation for groups) and calendar period.');

/** What each rule a library may set means; the bounds come from the booking core. */
const RULE_DESCRIPTIONS = {
  granularityMinutes: 'Bookings start every so many minutes; lengths are multiples of it.',
  minDurationMinutes: 'Shortest booking, minutes.',
  maxDurationMinutes: 'Longest booking, minutes.',
  bufferAfterMinutes: 'Kept free after each booking (cooling down, cleaning), minutes.',
  minNoticeMinutes: 'How long before the start one must book, minutes.',
  maxHorizonDays: 'How many days ahead one may book.',
  cancellationDeadlineMinutes:
    'Residents may cancel or move until this many minutes before the start.',
  waitlistOfferMinutes: 'How long a waitlist offer stays open, minutes.',
} as const;
type RuleField = keyof typeof RULE_DESCRIPTIONS;
const describedRule = <K extends RuleField>(field: K) =>
  ruleField[field].describe(RULE_DESCRIPTIONS[field]) as (typeof ruleField)[K];

/**
 * The booking rules a library sets: the booking core's own rule fields (`.pick`), described;
 * every field optional, the booking core fills the rest.
 */
export const rulesSchema = partialRulesSchema
  .pick({
    granularityMinutes: true,
    minDurationMinutes: true,
    maxDurationMinutes: true,
    bufferAfterMinutes: true,
    minNoticeMinutes: true,
    maxHorizonDays: true,
    cancellationDeadlineMinutes: true,
    waitlistOfferMinutes: true,
  })
  .extend({
    granularityMinutes: describedRule('granularityMinutes'),
    minDurationMinutes: describedRule('minDurationMinutes'),
    maxDurationMinutes: describedRule('maxDurationMinutes'),
    bufferAfterMinutes: describedRule('bufferAfterMinutes'),
    minNoticeMinutes: describedRule('minNoticeMinutes'),
    maxHorizonDays: describedRule('maxHorizonDays'),
    cancellationDeadlineMinutes: describedRule('cancellationDeadlineMinutes'),
    waitlistOfferMinutes: describedRule('waitlistOfferMinutes'),
    quotas: z.array(quotaSchema).optional().describe('Limits per person and period.'),
  })
  .strict()
  .describe('Booking rules; unset fields keep the booking core’s defaults.');
export type RulesConfig = z.output<typeof rulesSchema>;

export const groupSchema = z
  .strictObject({
    id: z
      .enum(BOOKER_GROUPS)
      .exclude(['resident'])
      .describe('The group: school class, association, business or education provider.'),
    label: localizedText('Name of the group shown when booking'),
    maxHorizonDays: ruleField.maxHorizonDays.describe(
      'How far ahead this group may book (e.g. a school plans a term ahead).',
    ),
    quotas: z
      .array(quotaSchema)
      .optional()
      .describe('Limits per organisation of this group on each resource.'),
    maxDurationMinutes: ruleField.maxDurationMinutes.describe(
      'Longest booking for this group, minutes.',
    ),
  })
  .describe('A group that books with an organisation name and its own horizon and quota.');
export type GroupConfig = z.output<typeof groupSchema>;

const photoSrc = z
  .string()
  .trim()
  .max(2000)
  // Served by the app itself: the CSP allows no other image source, and a photo from
  // elsewhere would tell a third party who looked at the catalogue.
  .refine(
    isSameOriginPath,
    'Put the photo into the project folder public/ and give its path from there, starting with / (e.g. /bilder/3d-drucker.jpg).',
  );

const photoAlt = z
  .strictObject({
    de: z.string().trim().min(1).max(300).describe('What the photo shows, in German.'),
    en: z.string().trim().min(1).max(300).optional().describe('What the photo shows, in English.'),
  })
  .describe('What the photo shows, for people who cannot see it.');

/**
 * A photo as staff save it: a file of the app (the starter's pictures) or an image they
 * uploaded (`/images/…`, which the server checks exists before saving).
 */
export const photoSchema = z
  .strictObject({
    src: photoSrc.describe('Path of the photo on this server, e.g. "/images/<id>-1600.webp".'),
    alt: photoAlt,
  })
  .describe('A photo with alt text.');

/** A photo in the town config: a file of the project; uploads happen in the app. */
const configPhotoSchema = photoSchema.extend({
  src: photoSrc
    .refine(
      (src) => !isImageStorePath(src),
      'Images under /images/ are uploaded by staff in the app; give the path of a file in the project folder public/ here.',
    )
    .describe(
      'Path of the photo in the project folder public/, e.g. "/modules/experiment-space/3d-drucker.svg".',
    ),
});

export const resourceSchema = z
  .strictObject({
    id: id('3d-drucker-1').describe('Stable id, e.g. "3d-drucker-1"; used in links.'),
    kind: z.enum(['equipment', 'room']).describe('Equipment to use on site, or a room.'),
    category: z
      .string()
      .trim()
      .max(60)
      .default('')
      .describe('Resources of one sort, e.g. "3d-printer", for "the next free one".'),
    name: localizedText('Name'),
    description: optionalText('Description'),
    uses: z
      .array(localizedText('One thing you can do with it'))
      .default([])
      .describe('What you can do with it, one line each.'),
    accessibility: z
      .strictObject({
        stepFree: z.boolean().optional().describe('Reachable without steps.'),
        notes: optionalText('Accessibility notes'),
      })
      .default({ notes: {} })
      .describe('Accessibility information shown to residents.'),
    location: z.string().trim().max(200).optional().describe('Where it is, e.g. "Raum 2".'),
    photo: configPhotoSchema.optional().describe('A photo with alt text.'),
    prerequisites: z
      .array(id('3d-printer-briefing'))
      .default([])
      .describe('Briefings a person must have (recorded by staff), e.g. "3d-printer-briefing".'),
    approvalRequired: z
      .boolean()
      .default(false)
      .describe('Bookings stay "pending" until staff approve them.'),
    bookableBy: z
      .array(z.enum(BOOKER_GROUPS))
      .min(1)
      .default([...BOOKER_GROUPS])
      .describe('Who may book it: resident, school, association, business, education_provider.'),
    openingHours: z
      .array(weeklyHoursSchema)
      .optional()
      .describe('Own bookable hours; default: the library’s opening hours.'),
    rules: rulesSchema.default({}).describe('Rules on top of the library’s default rules.'),
  })
  .describe('A bookable piece of equipment or room.');
export type ResourceConfig = z.output<typeof resourceSchema>;

export const sessionSchema = z
  .strictObject({
    id: id('1').describe('Stable id of the session within its course, e.g. "1".'),
    start: localDateTime().describe('Start, local time YYYY-MM-DDTHH:MM.'),
    end: localDateTime().describe('End, local time YYYY-MM-DDTHH:MM (same day).'),
  })
  .refine((s) => s.end.slice(0, 10) === s.start.slice(0, 10) && s.end > s.start, {
    message: 'A session ends after its start on the same day.',
    path: ['end'],
  })
  .describe('One date of a course.');

export const courseSchema = z
  .strictObject({
    id: id('3d-druck-einsteiger').describe('Stable id, e.g. "3d-druck-einsteiger".'),
    title: localizedText('Title'),
    description: optionalText('Description'),
    seats: z.number().int().min(1).max(500).describe('Places per session.'),
    location: id('seminarraum')
      .optional()
      .describe('Id of the room it takes place in; the room is blocked for each session.'),
    remote: z.boolean().default(false).describe('Also or only online (a remote seminar).'),
    provider: z
      .string()
      .trim()
      .max(120)
      .optional()
      .describe('Who runs it, e.g. "Volkshochschule Ludwigslust-Parchim".'),
    photo: configPhotoSchema.optional().describe('A photo with alt text.'),
    sessions: z.array(sessionSchema).default([]).describe('The dates; one registers per date.'),
  })
  .describe('A course with seats; residents register per date, or join its waitlist.');
export type CourseConfig = z.output<typeof courseSchema>;

export const providerQuotaSchema = z
  .strictObject({
    organisation: z
      .string()
      .trim()
      .min(2)
      .max(120)
      .describe('Name of the education provider, e.g. "Volkshochschule".'),
    resourceIds: z.array(id('seminarraum')).min(1).describe('Rooms the quota counts.'),
    period: z.enum(['week', 'month']).describe('Calendar period.'),
    maxHours: z.number().min(0).describe('Hours the provider may book per period.'),
  })
  .describe('An education provider’s own quota for the seminar and video-conference rooms.');
export type ProviderQuotaConfig = z.output<typeof providerQuotaSchema>;

const DEFAULT_HOURS = [2, 3, 4, 5].flatMap((weekday) => [
  { weekday, opens: '10:00', closes: '18:00' },
]);
const DEFAULT_GROUPS: GroupConfig[] = [
  { id: 'school', label: { de: 'Schulklasse', en: 'School class' }, maxHorizonDays: 180 },
  { id: 'association', label: { de: 'Verein', en: 'Association' }, maxHorizonDays: 120 },
  { id: 'business', label: { de: 'Unternehmen', en: 'Business' }, maxHorizonDays: 90 },
  {
    id: 'education_provider',
    label: { de: 'Bildungsträger', en: 'Education provider' },
    maxHorizonDays: 365,
  },
];

/** The experiment space's options under `modules.experiment-space` in the town config. */
export const experimentSpaceConfigSchema = z
  .strictObject({
    library: z
      .strictObject({
        name: z
          .string()
          .trim()
          .min(2)
          .max(120)
          .default('Stadtbibliothek')
          .describe('Name of the library that runs the experiment space.'),
        address: z
          .string()
          .trim()
          .max(300)
          .default('')
          .describe('Postal address, lines separated by "\\n".'),
        email: z
          .email()
          .optional()
          .describe('Contact e-mail; also the reply-to address of every message.'),
        phone: z.string().trim().max(40).optional().describe('Contact phone number.'),
      })
      .default({ name: 'Stadtbibliothek', address: '' })
      .describe('The library.'),
    openingHours: z
      .array(weeklyHoursSchema)
      .default(DEFAULT_HOURS)
      .describe('The library’s opening hours; resources can be booked within them.'),
    rules: rulesSchema
      .default({
        granularityMinutes: 30,
        minDurationMinutes: 30,
        maxDurationMinutes: 240,
        maxHorizonDays: 60,
        cancellationDeadlineMinutes: 120,
        waitlistOfferMinutes: 24 * 60,
      })
      .describe('Default booking rules of every resource.'),
    groups: z
      .array(groupSchema)
      .default(DEFAULT_GROUPS)
      .describe('Groups that book with an organisation name, with their own horizon and quota.'),
    resources: z
      .array(resourceSchema)
      .default([])
      .describe('Starting resources, created on first start (staff manage them afterwards).'),
    courses: z
      .array(courseSchema)
      .default([])
      .describe('Starting courses, created on first start.'),
    providerQuotas: z
      .array(providerQuotaSchema)
      .default([])
      .describe('Starting quotas of education providers for the rooms.'),
    anonymiseAfterDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(30)
      .describe('Names and e-mails in bookings are removed this many days after the booking ends.'),
    reminderHours: z
      .number()
      .int()
      .min(0)
      .max(168)
      .default(24)
      .describe('A reminder is sent this many hours before the start (0: none).'),
    mailFrom: z
      .string()
      .trim()
      .min(3)
      .max(200)
      .optional()
      .describe('Sender of e-mails, e.g. "Stadtbibliothek <bibliothek@example.org>".'),
  })
  .describe('The library’s digital experiment space: equipment, rooms and courses to book.');

export type ExperimentSpaceConfig = z.output<typeof experimentSpaceConfigSchema>;
export type ExperimentSpaceConfigInput = z.input<typeof experimentSpaceConfigSchema>;

/**
 * The module's options of a town config with defaults filled, for server-side tools and tests
 * that hold a whole town config. Screens get their resolved options from `useModule()`.
 */
export function experimentSpaceConfigOf(city: {
  modules: Record<string, unknown>;
}): ExperimentSpaceConfig {
  const {
    enabled: _enabled,
    package: _package,
    ...options
  } = (city.modules['experiment-space'] ?? {}) as Record<string, unknown>;
  const parsed = experimentSpaceConfigSchema.safeParse(options);
  return parsed.success ? parsed.data : experimentSpaceConfigSchema.parse({});
}
