import type { CityConfig } from '../config/schema.js';
import type { Localized } from '../i18n/locale.js';
import type { ModuleMeta } from '../module/manifest.js';
import { ENFORCEMENT_BODIES } from './enforcement-bodies.js';
import { isPlaceholder } from './placeholder.js';
import type { SampleContent } from './sample-content.js';

/** Something a town still has to fill in before residents should rely on the app. */
export interface OpenItem {
  /** Where to fix it: a config path (`legal.imprint.phone`) or a content file. */
  where: string;
  /** The file to edit: `city.config.ts` or the content file itself. */
  file: string;
  what: Localized & { en: string };
}

type OpenItemsCity = Pick<CityConfig, 'town' | 'branding' | 'legal' | 'modules'>;
type OpenItemsModule = Pick<ModuleMeta, 'id' | 'placeholders'>;

const CONFIG_FILE = 'city.config.ts';

/** Town facts residents need on the legal pages, with what each one is. */
const LEGAL_FIELDS: { path: string; what: OpenItem['what'] }[] = [
  {
    path: 'legal.imprint.address',
    what: {
      de: 'Anschrift der Stadtverwaltung (Impressum)',
      en: 'Postal address of the town hall (imprint)',
    },
  },
  {
    path: 'legal.imprint.phone',
    what: { de: 'Telefonnummer (Impressum)', en: 'Phone number (imprint)' },
  },
  {
    path: 'legal.imprint.email',
    what: { de: 'E-Mail-Adresse (Impressum)', en: 'E-mail address (imprint)' },
  },
  {
    path: 'legal.imprint.representative',
    what: {
      de: 'Vertretungsberechtigte Person, z. B. „vertreten durch den Bürgermeister Max Muster“ (Impressum)',
      en: 'Who represents the town, e.g. "represented by the mayor" (imprint)',
    },
  },
  {
    path: 'legal.imprint.supervisoryAuthority',
    what: {
      de: 'Aufsichtsbehörde, z. B. der Landkreis (Impressum)',
      en: 'Supervisory authority, e.g. the district (imprint)',
    },
  },
  {
    path: 'legal.privacy.controller',
    what: {
      de: 'Verantwortliche Stelle (Datenschutzerklärung)',
      en: 'Controller (privacy policy)',
    },
  },
  {
    path: 'legal.privacy.email',
    what: {
      de: 'E-Mail-Adresse für Datenschutzfragen',
      en: 'E-mail address for data protection questions',
    },
  },
  {
    path: 'legal.accessibility.contactEmail',
    what: {
      de: 'E-Mail-Adresse für Barriere-Meldungen (Erklärung zur Barrierefreiheit)',
      en: 'E-mail address for reported barriers (accessibility statement)',
    },
  },
  {
    path: 'legal.accessibility.contactPhone',
    what: {
      de: 'Telefonnummer für Barriere-Meldungen (Erklärung zur Barrierefreiheit)',
      en: 'Phone number for reported barriers (accessibility statement)',
    },
  },
  {
    path: 'legal.accessibility.statementDate',
    what: {
      de: 'Datum der Erklärung zur Barrierefreiheit (JJJJ-MM-TT)',
      en: 'Date of the accessibility statement (YYYY-MM-DD)',
    },
  },
  {
    path: 'legal.feedbackEmail',
    what: {
      de: 'E-Mail-Adresse, an die das Feedback-Formular geht',
      en: 'E-mail address the feedback form delivers to',
    },
  },
  {
    path: 'branding.logo',
    what: {
      de: 'Logo der Stadt (Datei unter public/)',
      en: "The town's logo (a file below public/)",
    },
  },
];

/** A value read from the town config by its path, as the town wrote it (before defaults). */
function optionValue(entry: unknown, path: string): unknown {
  let value = entry;
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return isPlaceholder(value);
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Everything a town still has to fill in: legal facts left out or still a placeholder, the
 * enforcement body where its Land's is not known, options a module ships only a sample
 * default for, and content marked as sample. The admin overview and `city-app doctor` both
 * show this list, so what a town sees in either place is the same.
 */
export function openItems(
  city: OpenItemsCity,
  modules: readonly OpenItemsModule[] = [],
  samples: readonly SampleContent[] = [],
): OpenItem[] {
  const items: OpenItem[] = LEGAL_FIELDS.filter((field) => {
    const value = optionValue(city, field.path);
    return isPlaceholder(typeof value === 'string' ? value : undefined);
  }).map((field) => ({ where: field.path, file: CONFIG_FILE, what: field.what }));
  if (!city.legal.accessibility.enforcementBody && !ENFORCEMENT_BODIES[city.town.state]) {
    items.push({
      where: 'legal.accessibility.enforcementBody',
      file: CONFIG_FILE,
      what: {
        de: 'Schlichtungs- bzw. Durchsetzungsstelle des Landes mit Name und Web-Adresse (Erklärung zur Barrierefreiheit)',
        en: 'The Land’s conciliation or enforcement body with name and web address (accessibility statement)',
      },
    });
  }
  for (const module of modules) {
    const entry = city.modules[module.id];
    if (!entry || entry.enabled === false) continue;
    for (const placeholder of module.placeholders ?? []) {
      if (!isMissing(optionValue(entry, placeholder.option))) continue;
      items.push({
        where: `modules.${module.id}.${placeholder.option}`,
        file: CONFIG_FILE,
        what: { de: placeholder.what.de, en: placeholder.what.en ?? placeholder.what.de },
      });
    }
  }
  for (const sample of samples) {
    items.push({
      where: sample.file,
      file: sample.file,
      what: sample.what ?? {
        de: 'Beispielinhalt: ersetzen oder löschen (Bewohnerinnen und Bewohner sehen ihn nicht)',
        en: 'Sample content: replace or delete it (residents do not see it)',
      },
    });
  }
  return items;
}
