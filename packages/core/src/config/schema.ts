import { z } from 'zod';
import {
  contrastRatio,
  isHexColor,
  MIN_TEXT_CONTRAST,
  nearestAccessibleColor,
} from '../color/contrast.js';
import { LOCALES } from '../i18n/locale.js';
import { webLink } from '../input/schemas.js';
import { isTimeZone } from '../time/zone.js';
import { SLUG_PATTERN } from '../town/slug.js';
import { GERMAN_STATE_CODES } from '../town/states.js';
import { CONFIG_ISSUE_TEXTS } from './issue-texts.js';
import { mapSchema } from './map.js';

/**
 * The town configuration (`city.config.ts`). One zod schema drives validation, the
 * TypeScript type, the JSON Schema for editors, the CLI's prompts and the docs table, so
 * every option carries its description here and nowhere else.
 */

// The catalogue's English words the issue; a check in German finds its text by them.
const CHECKS = CONFIG_ISSUE_TEXTS.en.checks;

const hexColor = z.string().refine(isHexColor, { message: CHECKS.hexColour });

const email = z.email({ message: CHECKS.email });
// http(s) only, with a host and no credentials: the one definition every route uses too.
const url = webLink();

export const townSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .describe('The town\'s name as residents write it, e.g. "Hagenow".'),
    slug: z
      .string()
      .regex(SLUG_PATTERN, 'Use lower-case letters, digits and hyphens, e.g. "boizenburg-elbe".')
      .optional()
      .describe('URL- and package-safe short name; derived from the name when left out.'),
    state: z
      .enum(GERMAN_STATE_CODES)
      .describe('The Land as ISO 3166-2 code, e.g. DE-MV. Drives public holidays.'),
    population: z.number().int().positive().optional().describe('Residents, e.g. 12175.'),
    areaKm2: z.number().positive().optional().describe('Area in square kilometres, e.g. 67.45.'),
    website: url.optional().describe("The town's official website."),
    municipalityKey: z
      .string()
      .regex(/^\d{8}$/, 'The official municipality key (Amtlicher Gemeindeschlüssel) has 8 digits.')
      .optional()
      .describe('Amtlicher Gemeindeschlüssel (AGS), 8 digits.'),
  })
  .describe('Facts about the town.');

export const brandingSchema = z
  .strictObject({
    appName: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .optional()
      .describe('Name of the app, e.g. "HageNOW!". Defaults to the town name.'),
    primaryColor: hexColor
      .default('#1a5f7a')
      .describe('Main colour of buttons and the header. Must reach 4.5:1 against onPrimaryColor.'),
    onPrimaryColor: hexColor.default('#ffffff').describe('Text colour used on the primary colour.'),
    logo: z.string().optional().describe('Path of the logo below public/, e.g. "logo.svg".'),
  })
  .superRefine((branding, ctx) => {
    if (!isHexColor(branding.primaryColor) || !isHexColor(branding.onPrimaryColor)) return;
    const ratio = contrastRatio(branding.primaryColor, branding.onPrimaryColor);
    if (ratio < MIN_TEXT_CONTRAST) {
      const suggestion = nearestAccessibleColor(branding.primaryColor, branding.onPrimaryColor);
      const contrast = {
        colour: branding.primaryColor,
        ratio: ratio.toFixed(2),
        textColour: branding.onPrimaryColor,
        nearest: suggestion,
        suggestion,
      };
      ctx.addIssue({
        code: 'custom',
        path: ['primaryColor'],
        message: CHECKS.contrast(contrast),
        params: { text: 'contrast', ...contrast },
      });
    }
  })
  .describe("The town's look.");

const contactSchema = z.strictObject({
  organisation: z.string().trim().min(1).describe('Body responsible, e.g. "Stadt Hagenow".'),
  role: z.string().trim().min(1).optional().describe('A role, not a person, e.g. "Bürgermeister".'),
  address: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe(
      'Postal address, lines separated by newlines. Left out until known: residents never see a placeholder.',
    ),
  email,
  phone: z.string().trim().optional(),
});

export const legalSchema = z
  .strictObject({
    imprint: contactSchema
      .extend({
        representative: z
          .string()
          .trim()
          .optional()
          .describe(
            'Who represents the body, as a role (e.g. "vertreten durch den Bürgermeister").',
          ),
        legalForm: z
          .string()
          .trim()
          .min(1)
          .optional()
          .describe(
            'Legal form, when not a municipality (Körperschaft des öffentlichen Rechts, the default wording).',
          ),
        vatId: z.string().trim().optional(),
        supervisoryAuthority: z
          .string()
          .trim()
          .optional()
          .describe('Aufsichtsbehörde, e.g. the district.'),
      })
      .describe('Impressum (§ 5 DDG).'),
    privacy: z
      .strictObject({
        controller: z.string().trim().min(1).describe('Verantwortliche Stelle.'),
        email,
        dataProtectionOfficer: email.optional().describe('E-mail of the data-protection officer.'),
        supervisoryAuthority: z
          .string()
          .trim()
          .optional()
          .describe('Data-protection authority of the Land.'),
      })
      .describe('Datenschutzerklärung.'),
    accessibility: z
      .strictObject({
        contactEmail: email.describe(
          'Where residents report barriers (BITV 2.0 feedback mechanism).',
        ),
        contactPhone: z.string().trim().optional(),
        enforcementBody: z
          .strictObject({ name: z.string().trim().min(1), url })
          .optional()
          .describe(
            'Schlichtungs-/Durchsetzungsstelle of the Land; left out, the known body of the town’s Land is named.',
          ),
        statementDate: z.iso
          .date()
          .optional()
          .describe('Date the statement was prepared (YYYY-MM-DD).'),
      })
      .describe('Erklärung zur Barrierefreiheit.'),
    feedbackEmail: email.describe('Where the feedback form delivers.'),
  })
  .describe('Legal pages every German public website needs.');

export const areaSchema = z.strictObject({
  id: z.string().regex(SLUG_PATTERN, 'Use lower-case letters, digits and hyphens.'),
  name: z.string().trim().min(1),
});

/** `modules.<id>`: the module's own options plus two the kernel reads. */
export const moduleEntrySchema = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe('Switch a configured module off without deleting its options.'),
    package: z
      .string()
      .optional()
      .describe('npm package of a module that is not @city-app/module-<id>.'),
  })
  .catchall(z.unknown());

export const citySchema = z.strictObject({
  $schema: z.string().optional(),
  town: townSchema,
  branding: brandingSchema.default({ primaryColor: '#1a5f7a', onPrimaryColor: '#ffffff' }),
  locales: z
    .array(z.enum(LOCALES))
    .min(1)
    .default(['de', 'en'])
    .describe('Languages of the app; the first is the default.'),
  timezone: z
    .string()
    .default('Europe/Berlin')
    .refine(isTimeZone, { message: CHECKS.timeZone })
    .describe('IANA time zone of opening hours and events.'),
  legal: legalSchema,
  areas: z
    .array(areaSchema)
    .default([])
    .describe('Ortsteile, for area-specific news and notifications.'),
  map: mapSchema,
  modules: z
    .record(z.string(), moduleEntrySchema)
    .default({})
    .describe('Enabled modules: id → options.'),
});

export type CityConfigInput = z.input<typeof citySchema>;
export type CityConfig = z.output<typeof citySchema> & {
  town: { slug: string };
  branding: { appName: string };
};
export type ModuleEntry = z.output<typeof moduleEntrySchema>;
