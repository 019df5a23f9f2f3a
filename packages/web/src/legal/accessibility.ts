import { GERMAN_STATES, known, type Locale, type Localized, localize } from '@city-app/core';
import { enforcementBodyFor } from '@city-app/core/legal';
import type { AccessibilityConformity } from '../app/context.js';
import {
  type Both,
  contact,
  type LegalCity,
  type LegalDocument,
  type LegalSection,
  say,
  text,
} from './document.js';

/**
 * The accessibility statement (BITV 2.0 § 7 with the EU model statement): conformity, known
 * barriers, the date it was prepared, how to report a barrier (e-mail, phone, the feedback
 * form) and the enforcement or conciliation body of the town's Land, named and linked.
 */
const CONFORMITY: Record<AccessibilityConformity['status'], Both> = {
  full: { de: 'vollständig vereinbar', en: 'fully compliant' },
  partial: { de: 'teilweise vereinbar', en: 'partially compliant' },
  none: { de: 'nicht vereinbar', en: 'not compliant' },
};

/** Barriers that apply to any town app until the town has checked its own content. */
const DEFAULT_LIMITATIONS: Localized[] = [
  {
    de: 'Inhalte, die die Verwaltung oder Dritte einstellen (zum Beispiel PDF-Dokumente, Bilder oder Videos), sind nicht immer barrierefrei. Bilder haben nicht immer eine Textbeschreibung.',
    en: 'Content that the town or third parties add (for example PDF documents, images or videos) is not always accessible. Images do not always have a text description.',
  },
  {
    de: 'Texte in Leichter Sprache und Videos in Deutscher Gebärdensprache gibt es noch nicht.',
    en: 'Texts in easy-to-read German and videos in German Sign Language are not available yet.',
  },
];

function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}

export function accessibilityDocument(
  city: LegalCity,
  conformity: AccessibilityConformity,
  locale: Locale,
): LegalDocument {
  const s = say(locale);
  const a11y = city.legal.accessibility;
  const organisation =
    known(city.legal.imprint.organisation) ?? s({ de: 'Die Stadt', en: 'The town' });
  const statementDate = known(a11y.statementDate);
  const configuredBody =
    a11y.enforcementBody && known(a11y.enforcementBody.url) ? a11y.enforcementBody : undefined;
  const enforcementBody = enforcementBodyFor(city.town.state, configuredBody);
  const app = city.branding.appName;
  const limitations =
    conformity.limitations ?? (conformity.status === 'full' ? [] : DEFAULT_LIMITATIONS);
  const state = GERMAN_STATES[city.town.state];
  const sections: LegalSection[] = [
    {
      heading: s({ de: 'Wie barrierefrei ist die App?', en: 'How accessible is the app?' }),
      blocks: [
        text(
          s({
            de: `${organisation} möchte, dass alle Menschen die App ${app} gut nutzen können. Grundlage sind das Behindertengleichstellungsgesetz des Landes ${state} und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0).`,
            en: `${organisation} wants everyone to be able to use the app ${app} well. This is based on the disability equality law of the Land ${state} and the German accessible information technology regulation (BITV 2.0).`,
          }),
        ),
        text(
          s({
            de: `Die App ist mit den Anforderungen der BITV 2.0 und der Norm EN 301 549 (WCAG 2.1, Stufe AA) ${CONFORMITY[conformity.status].de}.`,
            en: `The app is ${CONFORMITY[conformity.status].en} with the requirements of BITV 2.0 and the standard EN 301 549 (WCAG 2.1, level AA).`,
          }),
        ),
      ],
    },
  ];
  if (limitations.length) {
    sections.push({
      heading: s({ de: 'Was ist noch nicht barrierefrei?', en: 'What is not accessible yet?' }),
      blocks: [{ kind: 'list', items: limitations.map((item) => localize(item, locale)) }],
    });
  }
  sections.push({
    heading: s({
      de: 'Wann wurde diese Erklärung erstellt?',
      en: 'When was this statement prepared?',
    }),
    blocks: [
      text(
        statementDate
          ? s({
              de: `Diese Erklärung wurde am ${formatDate(statementDate, 'de')} erstellt. Grundlage ist eine Selbstbewertung.`,
              en: `This statement was prepared on ${formatDate(statementDate, 'en')}. It is based on a self-assessment.`,
            })
          : s({
              de: 'Diese Erklärung beruht auf einer Selbstbewertung.',
              en: 'This statement is based on a self-assessment.',
            }),
      ),
    ],
  });
  sections.push({
    heading: s({
      de: 'Barriere melden: Feedback und Kontakt',
      en: 'Report a barrier: feedback and contact',
    }),
    blocks: [
      text(
        s({
          de: 'Ist Ihnen eine Barriere aufgefallen? Oder brauchen Sie Informationen aus der App in einer anderen Form? Dann schreiben Sie uns oder rufen Sie an. Wir antworten so schnell wie möglich.',
          en: 'Have you come across a barrier? Or do you need information from the app in another form? Then write to us or call us. We answer as soon as we can.',
        }),
      ),
      ...contact(locale, a11y.contactEmail, a11y.contactPhone),
      {
        kind: 'link',
        href: '/feedback?page=%2Fbarrierefreiheit',
        text: s({ de: 'Zum Feedback-Formular', en: 'Go to the feedback form' }),
        internal: true,
      },
    ],
  });
  sections.push({
    heading: s({ de: 'Schlichtungsverfahren', en: 'Enforcement procedure' }),
    blocks: enforcementBody
      ? [
          text(
            s({
              de: `Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich an die zuständige Stelle des Landes wenden: ${enforcementBody.name}. Das Verfahren ist für Sie kostenlos.`,
              en: `If you do not get a satisfactory answer to your report, you can turn to the competent body of the Land: ${enforcementBody.name}. The procedure is free of charge for you.`,
            }),
          ),
          {
            kind: 'link',
            href: enforcementBody.url,
            text: enforcementBody.name,
            internal: false,
          },
        ]
      : [
          text(
            s({
              de: `Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich an die Durchsetzungs- oder Schlichtungsstelle des Landes ${state} wenden. Das Verfahren ist für Sie kostenlos.`,
              en: `If you do not get a satisfactory answer to your report, you can turn to the enforcement or conciliation body of the Land ${state}. The procedure is free of charge for you.`,
            }),
          ),
        ],
  });
  return {
    title: s({ de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' }),
    lead: s({
      de: `Hier steht, wie gut die App ${app} für Menschen mit Behinderungen nutzbar ist und wie Sie uns Barrieren melden.`,
      en: `This page says how well people with disabilities can use the app ${app} and how to report barriers to us.`,
    }),
    sections,
  };
}
