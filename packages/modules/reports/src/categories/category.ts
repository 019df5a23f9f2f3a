import { z } from 'zod';

/**
 * The icons a category can show. A fixed set, so every town's screens have a drawn icon for
 * each (and its words beside it: an icon alone says nothing to a screen reader).
 */
export const REPORT_ICONS = [
  'road',
  'street-light',
  'litter',
  'playground',
  'green',
  'traffic-sign',
  'other',
] as const;
export type ReportIcon = (typeof REPORT_ICONS)[number];

const idPattern = /^[a-z][a-z0-9-]{1,30}$/;

/** One kind of defect a resident can report, e.g. "Straßenschaden", and who fixes it. */
export const categorySchema = z.strictObject({
  id: z
    .string()
    .regex(idPattern, 'Lower-case letters, digits and hyphens, 2 to 31 characters.')
    .describe('Stable id used in links, filters and the export, e.g. `strasse`.'),
  title: z
    .strictObject({
      de: z.string().trim().min(2).max(40),
      en: z.string().trim().min(2).max(40),
    })
    .describe('The name residents read, in German and English.'),
  icon: z.enum(REPORT_ICONS).describe('The icon shown beside the name.'),
  department: z
    .string()
    .regex(idPattern)
    .describe('The id of the department that receives and handles these reports.'),
});

export type Category = z.output<typeof categorySchema>;

/** What residents of small towns report most, and which office usually fixes it. */
export const DEFAULT_CATEGORIES: Category[] = [
  {
    id: 'strasse',
    title: { de: 'Straßenschaden', en: 'Road damage' },
    icon: 'road',
    department: 'bauhof',
  },
  {
    id: 'beleuchtung',
    title: { de: 'Straßenbeleuchtung', en: 'Street lighting' },
    icon: 'street-light',
    department: 'bauhof',
  },
  {
    id: 'muell',
    title: { de: 'Müll', en: 'Litter' },
    icon: 'litter',
    department: 'ordnungsamt',
  },
  {
    id: 'spielplatz',
    title: { de: 'Spielplatz', en: 'Playground' },
    icon: 'playground',
    department: 'bauhof',
  },
  {
    id: 'gruen',
    title: { de: 'Grünanlage', en: 'Green space' },
    icon: 'green',
    department: 'bauhof',
  },
  {
    id: 'verkehrszeichen',
    title: { de: 'Verkehrszeichen', en: 'Traffic sign' },
    icon: 'traffic-sign',
    department: 'ordnungsamt',
  },
  {
    id: 'sonstiges',
    title: { de: 'Sonstiges', en: 'Other' },
    icon: 'other',
    department: 'ordnungsamt',
  },
];
