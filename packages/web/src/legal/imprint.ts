import { known, type Locale } from '@city-app/core';
import {
  contact,
  type LegalBlock,
  type LegalCity,
  type LegalDocument,
  type LegalSection,
  lines,
  say,
  text,
} from './document.js';

/**
 * The Impressum (§ 5 DDG): name and legal form of the body, its postal address, who
 * represents it, how to reach it quickly (e-mail, phone), its supervisory authority and, where
 * it has one, its VAT id. A town is a Körperschaft des öffentlichen Rechts unless it says
 * otherwise.
 */
export function imprintDocument(city: LegalCity, locale: Locale): LegalDocument {
  const s = say(locale);
  const imprint = city.legal.imprint;
  const organisation = known(imprint.organisation);
  const address = known(imprint.address);
  const representative = known(imprint.representative);
  const legalForm = known(imprint.legalForm);
  const provider: LegalBlock[] = [];
  if (organisation || address) {
    provider.push({
      kind: 'address',
      lines: [...(organisation ? [organisation] : []), ...(address ? lines(address) : [])],
    });
  }
  provider.push(
    text(
      legalForm ??
        s({
          de: 'Die Stadt ist eine Körperschaft des öffentlichen Rechts.',
          en: 'The town is a public-law corporation (Körperschaft des öffentlichen Rechts).',
        }),
    ),
  );
  if (representative) provider.push(text(representative));
  provider.push(...contact(locale, imprint.email, imprint.phone));
  const sections: LegalSection[] = [
    {
      heading: s({ de: 'Wer bietet diese App an?', en: 'Who provides this app?' }),
      blocks: provider,
    },
  ];
  const role = known(imprint.role);
  if (role && organisation) {
    sections.push({
      heading: s({ de: 'Verantwortlich für den Inhalt', en: 'Responsible for the content' }),
      blocks: [text(`${role}, ${organisation}`)],
    });
  }
  const authority = known(imprint.supervisoryAuthority);
  if (authority) {
    sections.push({
      heading: s({ de: 'Aufsichtsbehörde', en: 'Supervisory authority' }),
      blocks: [text(authority)],
    });
  }
  const vatId = known(imprint.vatId);
  if (vatId) {
    sections.push({
      heading: s({ de: 'Umsatzsteuer-Identifikationsnummer', en: 'VAT identification number' }),
      blocks: [text(vatId)],
    });
  }
  return {
    title: s({ de: 'Impressum', en: 'Imprint' }),
    lead: s({
      de: `Hier steht, wer die App ${city.branding.appName} anbietet und wie Sie uns erreichen.`,
      en: `This page says who provides the app ${city.branding.appName} and how to reach us.`,
    }),
    sections,
  };
}
