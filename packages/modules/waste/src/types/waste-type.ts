import { z } from 'zod';

/**
 * The pictograms a waste type can carry. The web part draws each as an inline SVG, so a type is
 * never told apart by its colour alone.
 */
export const WASTE_ICONS = [
  'residual',
  'organic',
  'paper',
  'packaging',
  'glass',
  'tree',
  'bulky',
  'hazardous',
] as const;
export type WasteIcon = (typeof WASTE_ICONS)[number];

/** One kind of waste the town's authority collects: Restabfall, Bioabfall, … */
export const wasteTypeSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, 'lower-case letters, digits and hyphens, 2–40 characters')
    .describe('Stable id, used in links, reminders and the mapping table, e.g. "restabfall".'),
  name: z
    .strictObject({
      de: z.string().trim().min(1).max(60),
      en: z.string().trim().min(1).max(60),
    })
    .describe('Name in German and English, e.g. { de: "Restabfall", en: "Residual waste" }.'),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #4d4d4d')
    .describe('Colour of the bin, as #rrggbb; always shown next to the name and the icon.'),
  icon: z.enum(WASTE_ICONS).describe('Pictogram shown beside the name.'),
  aliases: z
    .array(z.string().trim().min(1).max(80))
    .max(30)
    .default([])
    .describe(
      'Texts in the authority’s files that mean this type ("Graue Tonne", "Hausmüll"); staff can add more in the mapping table.',
    ),
});
export type WasteType = z.output<typeof wasteTypeSchema>;

/**
 * What Landkreis Ludwigslust-Parchim collects at the kerb, the starting set for a town in the
 * county: residual waste (grey bin), organic waste (brown bin), paper and cardboard (blue bin),
 * lightweight packaging (yellow bin or bag) and the Christmas-tree collection in January.
 */
export const DEFAULT_WASTE_TYPES: WasteType[] = [
  {
    id: 'restabfall',
    name: { de: 'Restabfall', en: 'Residual waste' },
    colour: '#4d4d4d',
    icon: 'residual',
    aliases: ['Restmüll', 'Hausmüll', 'Graue Tonne', 'Schwarze Tonne', 'Restabfalltonne'],
  },
  {
    id: 'bioabfall',
    name: { de: 'Bioabfall', en: 'Organic waste' },
    colour: '#7a4a1e',
    icon: 'organic',
    aliases: ['Biotonne', 'Bio', 'Biomüll', 'Braune Tonne', 'Bioabfalltonne'],
  },
  {
    id: 'papier',
    name: { de: 'Papier/Pappe', en: 'Paper and cardboard' },
    colour: '#1f5fa8',
    icon: 'paper',
    aliases: ['Papier', 'Pappe', 'Altpapier', 'Blaue Tonne', 'PPK', 'Papiertonne'],
  },
  {
    id: 'gelbe-tonne',
    name: { de: 'Gelbe Tonne', en: 'Packaging (yellow bin)' },
    colour: '#e8c500',
    icon: 'packaging',
    aliases: ['Gelber Sack', 'Leichtverpackungen', 'LVP', 'Wertstoffe', 'Verpackungen'],
  },
  {
    id: 'weihnachtsbaeume',
    name: { de: 'Weihnachtsbäume', en: 'Christmas trees' },
    colour: '#2e7d32',
    icon: 'tree',
    aliases: ['Weihnachtsbaum', 'Tannenbaum', 'Weihnachtsbaumabfuhr'],
  },
];
