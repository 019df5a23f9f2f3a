import { known, type Locale } from '@city-app/core';
import {
  contact,
  type LegalCity,
  type LegalDocument,
  type LegalSection,
  say,
  text,
} from './document.js';
import { type PrivacyModule, storedDataSection } from './stored-data.js';

/**
 * The privacy notice (Art. 13 GDPR) in plain language. What the app stores is not written
 * here but generated from the kernel's and each enabled module's declaration (stored-data.ts),
 * so the page stays true when modules are added. `modules` are the enabled ones, in the
 * town's order, with their resolved options.
 */
export function privacyDocument(
  city: LegalCity,
  locale: Locale,
  modules: readonly PrivacyModule[] = [],
): LegalDocument {
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
      blocks: [
        ...(known(privacy.controller) ? [text(privacy.controller.trim())] : []),
        ...contact(locale, privacy.email),
      ],
    },
  ];
  if (known(privacy.dataProtectionOfficer)) {
    sections.push({
      heading: s({ de: 'Datenschutzbeauftragte Person', en: 'Data protection officer' }),
      blocks: [
        text(
          s({
            de: 'Sie können sich auch direkt an unsere Datenschutzbeauftragte Person wenden.',
            en: 'You can also contact our data protection officer directly.',
          }),
        ),
        ...contact(locale, privacy.dataProtectionOfficer),
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
      ],
    },
    storedDataSection(locale, modules),
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
        ...(known(privacy.supervisoryAuthority)
          ? [
              text(
                `${s({ de: 'Zuständig ist', en: 'The competent authority is' })}: ${known(privacy.supervisoryAuthority)}`,
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
