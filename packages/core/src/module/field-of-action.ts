import type { Localized } from '../i18n/locale.js';

/**
 * The fields of action (Handlungsfelder) of a town's digital agenda. Hagenow's are
 * administration, education, mobility, tourism and commerce; culture and participation
 * complete the set most towns use. The home screen and settings group modules by these.
 */
export const FIELDS_OF_ACTION = {
  administration: { de: 'Verwaltung', en: 'Administration' },
  education: { de: 'Bildung', en: 'Education' },
  mobility: { de: 'Mobilität', en: 'Mobility' },
  tourism: { de: 'Tourismus', en: 'Tourism' },
  commerce: { de: 'Einzelhandel & Gewerbe', en: 'Retail & business' },
  culture: { de: 'Kultur & Freizeit', en: 'Culture & leisure' },
  participation: { de: 'Bürgerbeteiligung', en: 'Participation' },
} as const satisfies Record<string, Localized>;

export type FieldOfAction = keyof typeof FIELDS_OF_ACTION;
export const FIELD_OF_ACTION_IDS = Object.keys(FIELDS_OF_ACTION) as [
  FieldOfAction,
  ...FieldOfAction[],
];
