import {
  type CityConfig,
  GERMAN_STATES,
  type Locale,
  type Localized,
  localize,
} from '@city-app/core';
import type { AccessibilityConformity } from '../app/context.js';

/**
 * The legal pages every German public website needs, generated from `city.legal`: the
 * Impressum (§ 5 DDG), the privacy notice (Art. 13 GDPR) and the accessibility statement
 * (BITV 2.0 § 7 with the EU model statement). Written in plain language, German with an
 * English translation. The structure is data, so tests can check what each page says.
 */
export type LegalBlock =
  | { kind: 'text'; text: string }
  | { kind: 'address'; lines: string[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'contact'; email?: string; phone?: string; emailLabel: string; phoneLabel: string }
  | { kind: 'link'; href: string; text: string; internal: boolean };

export interface LegalSection {
  heading: string;
  blocks: LegalBlock[];
}

export interface LegalDocument {
  title: string;
  lead: string;
  sections: LegalSection[];
}

/** Both languages are required here, so no legal sentence can go untranslated. */
type Both = { de: string; en: string };

function say(locale: Locale) {
  return (text: Both) => localize(text, locale);
}

function text(value: string): LegalBlock {
  return { kind: 'text', text: value };
}

function lines(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function contact(locale: Locale, email?: string, phone?: string): LegalBlock {
  const s = say(locale);
  return {
    kind: 'contact',
    email,
    phone,
    emailLabel: s({ de: 'E-Mail', en: 'E-mail' }),
    phoneLabel: s({ de: 'Telefon', en: 'Phone' }),
  };
}

type LegalCity = Pick<CityConfig, 'town' | 'branding' | 'legal'>;

export function imprintDocument(city: LegalCity, locale: Locale): LegalDocument {
  const s = say(locale);
  const imprint = city.legal.imprint;
  const sections: LegalSection[] = [
    {
      heading: s({ de: 'Wer bietet diese App an?', en: 'Who provides this app?' }),
      blocks: [
        { kind: 'address', lines: [imprint.organisation, ...lines(imprint.address)] },
        ...(imprint.representative ? [text(imprint.representative)] : []),
        contact(locale, imprint.email, imprint.phone),
      ],
    },
  ];
  if (imprint.role) {
    sections.push({
      heading: s({ de: 'Verantwortlich für den Inhalt', en: 'Responsible for the content' }),
      blocks: [text(`${imprint.role}, ${imprint.organisation}`)],
    });
  }
  if (imprint.supervisoryAuthority) {
    sections.push({
      heading: s({ de: 'Aufsichtsbehörde', en: 'Supervisory authority' }),
      blocks: [text(imprint.supervisoryAuthority)],
    });
  }
  if (imprint.vatId) {
    sections.push({
      heading: s({ de: 'Umsatzsteuer-Identifikationsnummer', en: 'VAT identification number' }),
      blocks: [text(imprint.vatId)],
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

export function privacyDocument(city: LegalCity, locale: Locale): LegalDocument {
  const s = say(locale);
  const privacy = city.legal.privacy;
  const sections: LegalSection[] = [
    {
      heading: s({ de: 'Das Wichtigste in Kürze', en: 'The short version' }),
      blocks: [
        {
          kind: 'list',
          items: [
            s({ de: 'Zum Lesen brauchen Sie kein Konto.', en: 'You need no account to read.' }),
            s({
              de: 'Die App nutzt keine Tracker und keine Werbung.',
              en: 'The app uses no trackers and no advertising.',
            }),
            s({
              de: 'Die App lädt nichts von fremden Servern. Alles kommt vom Server der Stadt.',
              en: 'The app loads nothing from other companies’ servers. Everything comes from the town’s server.',
            }),
            s({
              de: 'Wir geben Ihre Daten nicht weiter, um damit Geld zu verdienen.',
              en: 'We do not pass on your data to make money.',
            }),
          ],
        },
      ],
    },
    {
      heading: s({ de: 'Wer ist verantwortlich?', en: 'Who is responsible?' }),
      blocks: [text(privacy.controller), contact(locale, privacy.email)],
    },
  ];
  if (privacy.dataProtectionOfficer) {
    sections.push({
      heading: s({ de: 'Datenschutzbeauftragte Person', en: 'Data protection officer' }),
      blocks: [
        text(
          s({
            de: 'Sie können sich auch direkt an unsere Datenschutzbeauftragte Person wenden.',
            en: 'You can also contact our data protection officer directly.',
          }),
        ),
        contact(locale, privacy.dataProtectionOfficer),
      ],
    });
  }
  sections.push(
    {
      heading: s({
        de: 'Welche Daten verarbeiten wir – und warum?',
        en: 'Which data do we process – and why?',
      }),
      blocks: [
        text(
          s({
            de: 'Beim Aufruf der App verarbeitet unser Server technisch nötige Daten: Ihre IP-Adresse, die Uhrzeit, die aufgerufene Adresse und Angaben zu Ihrem Browser. Ohne diese Daten kann die App nicht angezeigt werden. Wir nutzen sie auch, um Angriffe abzuwehren, und löschen sie, sobald sie dafür nicht mehr nötig sind.',
            en: 'When you open the app, our server processes data that is technically necessary: your IP address, the time, the address you opened and details of your browser. Without this data the app cannot be shown. We also use it to fend off attacks, and delete it as soon as it is no longer needed for that.',
          }),
        ),
        text(
          s({
            de: 'Wenn Sie das Feedback-Formular nutzen, verarbeiten wir Ihre Nachricht und – nur wenn Sie sie angeben – Ihren Namen und Ihre E-Mail-Adresse. Wir nutzen diese Angaben nur, um Ihr Anliegen zu bearbeiten und Ihnen zu antworten.',
            en: 'If you use the feedback form, we process your message and – only if you give them – your name and e-mail address. We use them only to deal with your request and to answer you.',
          }),
        ),
        text(
          s({
            de: 'Mitarbeitende der Verwaltung melden sich mit einem Konto an. Dafür setzt die App ein Sitzungs-Cookie. Es ist technisch nötig und wird beim Abmelden gelöscht.',
            en: 'Staff of the town sign in with an account. For this the app sets a session cookie. It is technically necessary and is deleted when they sign out.',
          }),
        ),
      ],
    },
    {
      heading: s({
        de: 'Was speichert die App auf Ihrem Gerät?',
        en: 'What does the app store on your device?',
      }),
      blocks: [
        {
          kind: 'list',
          items: [
            s({
              de: 'Ihre Spracheinstellung, damit die App sie beim nächsten Mal kennt.',
              en: 'Your language setting, so the app remembers it next time.',
            }),
            s({
              de: 'Eine Kopie der App und der zuletzt geladenen Inhalte, damit sie auch ohne Internet funktioniert.',
              en: 'A copy of the app and of the content loaded last, so it also works without internet.',
            }),
          ],
        },
        text(
          s({
            de: 'Diese Daten bleiben auf Ihrem Gerät. Sie können sie jederzeit in den Einstellungen Ihres Browsers löschen.',
            en: 'This data stays on your device. You can delete it at any time in your browser’s settings.',
          }),
        ),
      ],
    },
    {
      heading: s({ de: 'Auf welcher Rechtsgrundlage?', en: 'On what legal basis?' }),
      blocks: [
        text(
          s({
            de: 'Wir verarbeiten die Daten, um unsere öffentlichen Aufgaben zu erfüllen (Art. 6 Abs. 1 Buchstabe e DSGVO in Verbindung mit dem Datenschutzgesetz des Landes). Für Angaben, die Sie freiwillig machen, ist Ihre Einwilligung die Grundlage (Art. 6 Abs. 1 Buchstabe a DSGVO).',
            en: 'We process the data to fulfil our public tasks (Art. 6(1)(e) GDPR together with the data protection law of the Land). For details you give voluntarily, your consent is the basis (Art. 6(1)(a) GDPR).',
          }),
        ),
      ],
    },
    {
      heading: s({ de: 'Ihre Rechte', en: 'Your rights' }),
      blocks: [
        text(s({ de: 'Sie haben das Recht,', en: 'You have the right' })),
        {
          kind: 'list',
          items: [
            s({
              de: 'zu erfahren, welche Daten wir über Sie haben (Art. 15 DSGVO),',
              en: 'to know which data we hold about you (Art. 15 GDPR),',
            }),
            s({
              de: 'falsche Daten berichtigen zu lassen (Art. 16 DSGVO),',
              en: 'to have wrong data corrected (Art. 16 GDPR),',
            }),
            s({
              de: 'Daten löschen zu lassen (Art. 17 DSGVO),',
              en: 'to have data deleted (Art. 17 GDPR),',
            }),
            s({
              de: 'die Verarbeitung einschränken zu lassen (Art. 18 DSGVO),',
              en: 'to have processing restricted (Art. 18 GDPR),',
            }),
            s({
              de: 'der Verarbeitung zu widersprechen (Art. 21 DSGVO),',
              en: 'to object to processing (Art. 21 GDPR),',
            }),
            s({
              de: 'eine Einwilligung jederzeit zu widerrufen (Art. 7 Abs. 3 DSGVO).',
              en: 'to withdraw consent at any time (Art. 7(3) GDPR).',
            }),
          ],
        },
        text(
          s({
            de: 'Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO).',
            en: 'You can also complain to a data protection authority (Art. 77 GDPR).',
          }),
        ),
        ...(privacy.supervisoryAuthority
          ? [
              text(
                `${s({ de: 'Zuständig ist', en: 'The competent authority is' })}: ${privacy.supervisoryAuthority}`,
              ),
            ]
          : []),
      ],
    },
  );
  return {
    title: s({ de: 'Datenschutzerklärung', en: 'Privacy policy' }),
    lead: s({
      de: `Hier erklären wir in einfachen Worten, welche Daten die App ${city.branding.appName} verarbeitet und welche Rechte Sie haben.`,
      en: `This page explains in plain words which data the app ${city.branding.appName} processes and what rights you have.`,
    }),
    sections,
  };
}

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
  const organisation = city.legal.imprint.organisation;
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
        a11y.statementDate
          ? s({
              de: `Diese Erklärung wurde am ${formatDate(a11y.statementDate, 'de')} erstellt. Grundlage ist eine Selbstbewertung.`,
              en: `This statement was prepared on ${formatDate(a11y.statementDate, 'en')}. It is based on a self-assessment.`,
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
      contact(locale, a11y.contactEmail, a11y.contactPhone),
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
    blocks: a11y.enforcementBody
      ? [
          text(
            s({
              de: `Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort bekommen, können Sie sich an die zuständige Stelle des Landes wenden: ${a11y.enforcementBody.name}. Das Verfahren ist für Sie kostenlos.`,
              en: `If you do not get a satisfactory answer to your report, you can turn to the competent body of the Land: ${a11y.enforcementBody.name}. The procedure is free of charge for you.`,
            }),
          ),
          {
            kind: 'link',
            href: a11y.enforcementBody.url,
            text: a11y.enforcementBody.name,
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
