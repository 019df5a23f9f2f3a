import { z } from 'zod';

/** One kind of event a resident can filter by and follow, e.g. "Sport". */
export const categorySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,30}$/, 'Lower-case letters, digits and hyphens, 2 to 31 characters.')
    .describe('Stable id used in links, feeds and follows, e.g. `sport`.'),
  title: z
    .strictObject({
      de: z.string().trim().min(2).max(40),
      en: z.string().trim().min(2).max(40),
    })
    .describe('The name residents read, in German and English.'),
});

export type Category = z.output<typeof categorySchema>;

/** What most German towns' calendars sort their events into. */
export const DEFAULT_CATEGORIES: Category[] = [
  { id: 'kultur', title: { de: 'Kultur & Konzerte', en: 'Culture & concerts' } },
  { id: 'markt', title: { de: 'Märkte', en: 'Markets' } },
  { id: 'feste', title: { de: 'Feste & Brauchtum', en: 'Festivals & traditions' } },
  { id: 'sport', title: { de: 'Sport', en: 'Sport' } },
  { id: 'familie', title: { de: 'Familie & Kinder', en: 'Family & children' } },
  { id: 'bildung', title: { de: 'Bildung & Kurse', en: 'Learning & courses' } },
  { id: 'kirche', title: { de: 'Kirche', en: 'Church' } },
  { id: 'natur', title: { de: 'Natur & Umwelt', en: 'Nature & environment' } },
  { id: 'senioren', title: { de: 'Für Ältere', en: 'For older people' } },
];
