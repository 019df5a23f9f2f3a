import type { ModuleMeta } from '@city-app/core';

/**
 * What the events module keeps about people. Reading needs nothing; a resident who follows
 * categories or asks to be reminded of a date sends the installation's random id with it.
 */
export const personalData: ModuleMeta['personalData'] = [
  {
    id: 'events-follows',
    title: { de: 'Gefolgte Kategorien', en: 'Followed categories' },
    what: {
      de: 'Wenn Sie Kategorien folgen: die zufällige Kennung Ihrer App-Installation, die Kategorien, wie viele Tage vorher Sie hören möchten und welche Veranstaltungen Ihnen schon gemeldet wurden.',
      en: 'If you follow categories: your app installation’s random id, the categories, how many days ahead you want to hear, and which events you were told of already.',
    },
    purpose: {
      de: 'Um Ihnen einmal am Tag neue Veranstaltungen in diesen Kategorien zu melden (Art. 6 Abs. 1 Buchstabe a DSGVO, Ihre Einwilligung).',
      en: 'To tell you once a day of new events in those categories (Art. 6(1)(a) GDPR, your consent).',
    },
    retention: {
      de: 'Bis Sie nicht mehr folgen, Benachrichtigungen abbestellen oder Ihre Daten löschen.',
      en: 'Until you stop following, switch off notifications or delete your data.',
    },
    access: {
      de: 'Niemand liest sie einzeln; der Server nutzt sie nur für den Versand.',
      en: 'Nobody reads them one by one; the server uses them only to send.',
    },
  },
  {
    id: 'events-reminders',
    title: { de: 'Gemerkte Termine', en: 'Marked dates' },
    what: {
      de: 'Wenn Sie sich an einen Termin erinnern lassen: die zufällige Kennung Ihrer App-Installation, die Veranstaltung und ihr Termin und wie lange vorher.',
      en: 'If you ask to be reminded of a date: your app installation’s random id, the event and its date, and how long before.',
    },
    purpose: {
      de: 'Um Sie vor dem Termin zu erinnern und ihn unter „Meine Termine“ zu zeigen (Art. 6 Abs. 1 Buchstabe a DSGVO, Ihre Einwilligung).',
      en: 'To remind you before the date and show it under “My dates” (Art. 6(1)(a) GDPR, your consent).',
    },
    retention: {
      de: 'Bis 30 Tage nach dem Termin, oder bis Sie die Erinnerung entfernen oder Ihre Daten löschen.',
      en: 'Until 30 days after the date, or until you remove the reminder or delete your data.',
    },
    access: {
      de: 'Niemand liest sie einzeln; der Server nutzt sie nur für den Versand und „Meine Termine“.',
      en: 'Nobody reads them one by one; the server uses them only to send and for “My dates”.',
    },
  },
  {
    id: 'events-organisers',
    title: {
      de: 'Veranstalter, die Veranstaltungen eintragen',
      en: 'Organisers who submit events',
    },
    what: {
      de: 'Wenn Sie eine Veranstaltung eintragen: Name, E-Mail-Adresse und (freiwillig) Website Ihres Vereins oder Ihrer Einrichtung, Ihren Namen als Ansprechperson, wann Sie eingewilligt und zuletzt eingetragen haben, und Ihre Veranstaltungen. Für den Bestätigungslink speichern wir nur einen Hashwert.',
      en: 'If you submit an event: the name, e-mail address and (optionally) website of your club or institution, your name as the contact person, when you consented and last submitted, and your events. Of the confirmation link we keep only a hash.',
    },
    purpose: {
      de: 'Um Ihre Eintragung zu bestätigen, zu prüfen und Ihnen die Entscheidung mitzuteilen; Name und Website des Vereins erscheinen bei der veröffentlichten Veranstaltung, Ihr eigener Name nicht (Art. 6 Abs. 1 Buchstabe a DSGVO, Ihre Einwilligung).',
      en: 'To confirm and check your submission and tell you the decision; the club’s name and website appear with the published event, your own name does not (Art. 6(1)(a) GDPR, your consent).',
    },
    retention: {
      de: 'Unbestätigte Eintragungen 72 Stunden. Ihre Angaben als Veranstalter bis zwei Jahre nach Ihrer letzten Veranstaltung oder Eintragung, oder bis Sie Ihre Einwilligung per E-Mail an die Stadt widerrufen; danach bleibt bei veröffentlichten Veranstaltungen nur der Name stehen.',
      en: 'Unconfirmed submissions 72 hours. Your details as an organiser until two years after your last event or submission, or until you withdraw your consent by e-mail to the town; after that only the name stays on published events.',
    },
    access: {
      de: 'Die Mitarbeitenden der Stadt mit der Rolle „Veranstaltungen“; Bewohnerinnen und Bewohner sehen nur Name und Website bei veröffentlichten Veranstaltungen.',
      en: 'Town staff with the “Events” role; residents see only the name and website on published events.',
    },
  },
];
