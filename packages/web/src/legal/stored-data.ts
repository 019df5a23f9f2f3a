import {
  type Locale,
  type Localized,
  localize,
  type PersonalDataDeclaration,
  retentionText,
} from '@city-app/core';
import { KERNEL_PERSONAL_DATA } from '@city-app/core/legal';
import { type LegalBlock, type LegalSection, say } from './document.js';

/** What the privacy page needs of an enabled module: its title, its declaration, its options. */
export interface PrivacyModule {
  id: string;
  title: Localized;
  personalData: readonly PersonalDataDeclaration[];
  /** Its options as its schema resolved them (retention periods the town set). */
  options?: unknown;
}

function record(
  declaration: PersonalDataDeclaration,
  heading: string,
  locale: Locale,
  options: Record<string, unknown>,
): LegalBlock {
  const s = say(locale);
  return {
    kind: 'record',
    heading,
    rows: [
      { label: s({ de: 'Was', en: 'What' }), text: declaration.what[locale] },
      { label: s({ de: 'Wozu', en: 'Why' }), text: declaration.purpose[locale] },
      {
        label: s({ de: 'Wie lange', en: 'How long' }),
        text: retentionText(declaration, locale, options),
      },
      { label: s({ de: 'Wer sieht es', en: 'Who sees it' }), text: declaration.access[locale] },
    ],
  };
}

/**
 * "What the app stores": the kernel's declarations, then each enabled module's (`modules`,
 * in the town's order), with retention periods filled from the module's options as the town
 * set them. A module that stores nothing adds nothing.
 */
export function storedDataSection(locale: Locale, modules: readonly PrivacyModule[]): LegalSection {
  const s = say(locale);
  const app = s({ de: 'Die App', en: 'The app' });
  const blocks: LegalBlock[] = [
    {
      kind: 'text',
      text: s({
        de: 'Beim Aufruf der App verarbeitet unser Server technisch nötige Daten: Ihre IP-Adresse, die Uhrzeit, die aufgerufene Adresse und Angaben zu Ihrem Browser. Ohne diese Daten kann die App nicht angezeigt werden. Wir nutzen sie auch, um Angriffe abzuwehren, und löschen sie, sobald sie dafür nicht mehr nötig sind. Gespeichert wird darüber hinaus nur, was hier steht.',
        en: 'When you open the app, our server processes data that is technically necessary: your IP address, the time, the address you opened and details of your browser. Without this data the app cannot be shown. We also use it to fend off attacks, and delete it as soon as it is no longer needed for that. Beyond that, only what is listed here is stored.',
      }),
    },
    ...KERNEL_PERSONAL_DATA.map((d) => record(d, `${app}: ${d.title[locale]}`, locale, {})),
  ];
  for (const module of modules) {
    const options = (module.options ?? {}) as Record<string, unknown>;
    const title = localize(module.title, locale);
    for (const declaration of module.personalData) {
      blocks.push(record(declaration, `${title}: ${declaration.title[locale]}`, locale, options));
    }
  }
  return {
    heading: s({
      de: 'Welche Daten speichert die App – und warum?',
      en: 'Which data does the app store – and why?',
    }),
    blocks,
  };
}
