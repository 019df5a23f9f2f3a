import type { PersonalDataDeclaration, PlaceholderOption } from '@city-app/core';

/**
 * What the experiment space stores about residents, for the town's privacy page. The periods
 * follow `anonymiseAfterDays` (privacy.ts erases bookings, their e-mails and links) and the
 * 30-minute, single-use data-access links.
 */
export const personalData: PersonalDataDeclaration[] = [
  {
    id: 'bookings',
    title: { de: 'Buchungen und Kursanmeldungen', en: 'Bookings and course registrations' },
    what: {
      de: 'Buchungen und Kursanmeldungen im Digitalen Experimentierraum: Name, E-Mail-Adresse, gegebenenfalls Organisation und Gruppe, Ihre Notiz, der gebuchte Termin, die Sprache und – wenn Sie auf diesem Gerät Benachrichtigungen gewählt haben – die Kennung Ihrer App-Installation; dazu die E-Mails, die wir Ihnen zur Buchung schicken.',
      en: 'Bookings and course registrations in the digital experiment space: name, e-mail address, organisation and group where given, your note, the booked time, the language and – if you chose notifications on this device – the id of your app installation; plus the e-mails we send you about the booking.',
    },
    purpose: {
      de: 'Um Ihre Buchung zu führen, zu bestätigen, Sie zu erinnern und Kontingente fair zu verteilen (Art. 6 Abs. 1 Buchstabe e DSGVO).',
      en: 'To keep, confirm and remind you of your booking and to share quotas fairly (Art. 6(1)(e) GDPR).',
    },
    retention: {
      de: '{anonymiseAfterDays} Tage nach dem Ende des Termins werden Name, E-Mail-Adresse, Organisation, Notiz, Geräte-Kennung und die E-Mails gelöscht; übrig bleibt nur, dass das Gerät zu dieser Zeit belegt war. Unter „Meine Daten“ können Sie alles vorher löschen.',
      en: '{anonymiseAfterDays} days after the appointment ends, name, e-mail address, organisation, note, device id and the e-mails are erased; all that remains is that the equipment was in use at that time. Under “My data” you can erase everything earlier.',
    },
    access: {
      de: 'Die Mitarbeitenden der Bibliothek.',
      en: 'The library staff.',
    },
    optionDefaults: { anonymiseAfterDays: 30 },
  },
  {
    id: 'briefings',
    title: { de: 'Einweisungen', en: 'Briefings' },
    what: {
      de: 'Einweisungen, die die Bibliothek eingetragen hat (zum Beispiel für den 3D-Drucker): Ihre E-Mail-Adresse, die Einweisung, wann und von wem sie erteilt wurde und bis wann sie gilt.',
      en: 'Briefings the library recorded (for example for the 3D printer): your e-mail address, the briefing, when and by whom it was given and until when it is valid.',
    },
    purpose: {
      de: 'Damit Sie Geräte, die eine Einweisung voraussetzen, ohne neue Einweisung buchen können (Art. 6 Abs. 1 Buchstabe e DSGVO).',
      en: 'So you can book equipment that needs a briefing without being briefed again (Art. 6(1)(e) GDPR).',
    },
    retention: {
      de: 'Bis die Einweisung abläuft oder die Bibliothek sie austrägt. Sie ist ein Eintrag der Bibliothek: Wenn Sie Ihre Buchungen löschen, bleibt sie bestehen; die Bibliothek löscht sie auf Ihre Bitte.',
      en: 'Until the briefing expires or the library removes it. It is the library’s record: deleting your bookings keeps it; the library deletes it when you ask.',
    },
    access: { de: 'Die Mitarbeitenden der Bibliothek.', en: 'The library staff.' },
  },
  {
    id: 'data-access',
    title: { de: 'Links zu „Meine Daten“', en: 'Links to “My data”' },
    what: {
      de: 'Wenn Sie unter „Meine Daten“ einen Link anfordern: Ihre E-Mail-Adresse und ein Prüfwert des Links (nicht der Link selbst).',
      en: 'If you ask for a link under “My data”: your e-mail address and a check value of the link (not the link itself).',
    },
    purpose: {
      de: 'Damit nur, wer Ihre E-Mails lesen kann, Ihre Buchungen sehen, mitnehmen und löschen kann (Art. 6 Abs. 1 Buchstabe e DSGVO, Art. 32 DSGVO).',
      en: 'So that only someone who can read your e-mail can see, take along and erase your bookings (Art. 6(1)(e) GDPR, Art. 32 GDPR).',
    },
    retention: {
      de: 'Der Link gilt einmal und 30 Minuten; der Eintrag wird nach einem Tag gelöscht.',
      en: 'The link works once and for 30 minutes; the record is deleted after one day.',
    },
    access: {
      de: 'Niemand; der Server prüft nur den Link.',
      en: 'Nobody; the server only checks the link.',
    },
  },
];

/** Options whose defaults only stand in until the library enters its own. */
export const placeholders: PlaceholderOption[] = [
  {
    option: 'library.name',
    what: {
      de: 'Name der Bibliothek (Experimentierraum)',
      en: 'Name of the library (experiment space)',
    },
  },
  {
    option: 'library.address',
    what: {
      de: 'Anschrift der Bibliothek (Experimentierraum)',
      en: 'Address of the library (experiment space)',
    },
  },
  {
    option: 'library.email',
    what: {
      de: 'E-Mail-Adresse der Bibliothek (Experimentierraum)',
      en: 'E-mail address of the library (experiment space)',
    },
  },
  {
    option: 'openingHours',
    what: {
      de: 'Öffnungszeiten der Bibliothek (Experimentierraum; bis dahin gelten Beispielzeiten Di–Fr 10–18 Uhr)',
      en: 'Opening hours of the library (experiment space; until then sample hours Tue–Fri 10–18 apply)',
    },
  },
];
