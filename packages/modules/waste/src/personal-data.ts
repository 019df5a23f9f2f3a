import type { ModuleMeta } from '@city-app/core';

/**
 * What the waste calendar keeps about people. The chosen street stays on the device; only a
 * resident who turns on reminders sends it, with the installation's random id.
 */
export const personalData: ModuleMeta['personalData'] = [
  {
    id: 'waste-reminders',
    title: { de: 'Erinnerungen an Abfuhrtermine', en: 'Collection reminders' },
    what: {
      de: 'Wenn Sie Erinnerungen einschalten: die zufällige Kennung Ihrer App-Installation, die gewählte Straße (oder der Ortsteil), die Abfallarten und die Uhrzeiten Ihrer Erinnerungen.',
      en: 'If you turn on reminders: your app installation’s random id, the street (or district) you chose, the waste types and the times of your reminders.',
    },
    purpose: {
      de: 'Um Sie an die Abfuhr zu erinnern und über geänderte Termine zu informieren (Art. 6 Abs. 1 Buchstabe a DSGVO, Ihre Einwilligung).',
      en: 'To remind you of collections and tell you about changed dates (Art. 6(1)(a) GDPR, your consent).',
    },
    retention: {
      de: 'Bis Sie die Erinnerungen ausschalten, Benachrichtigungen abbestellen oder Ihre Daten löschen.',
      en: 'Until you turn the reminders off, switch off notifications or delete your data.',
    },
    access: {
      de: 'Niemand liest sie einzeln; der Server nutzt sie nur für den Versand. Die Mitarbeitenden sehen Zahlen.',
      en: 'Nobody reads them one by one; the server uses them only to send. Staff see counts.',
    },
  },
];

/** Options whose defaults only stand in until the town sets them. */
export const placeholders: ModuleMeta['placeholders'] = [
  {
    option: 'authority',
    what: {
      de: 'Name des Entsorgers, der in Ihrer Stadt den Abfall abholt',
      en: 'Name of the authority that collects waste in your town',
    },
  },
];
