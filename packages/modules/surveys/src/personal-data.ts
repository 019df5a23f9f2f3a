import type { ModuleMeta } from '@city-app/core';

/** What the surveys module keeps about people, and for how long. */
export const personalData: ModuleMeta['personalData'] = [
  {
    id: 'surveys-voters',
    title: { de: 'Wer abgestimmt hat', en: 'Who voted' },
    what: {
      de: 'Solange eine Umfrage offen ist: ein Prüfwert (HMAC) der zufälligen Kennung Ihrer App-Installation, bei verbindlichen Abstimmungen auch Ihrer E-Mail-Adresse, gebildet mit einem Schlüssel nur dieser Umfrage. Ihre Antworten werden ohne Kennung, Zeit und Reihenfolge gezählt.',
      en: 'While a survey is open: a check value (HMAC) of your app installation’s random id, for binding polls also of your e-mail address, made with a key of this survey only. Your answers are counted without an id, time or order.',
    },
    purpose: {
      de: 'Damit jedes Gerät (und jede Person bei verbindlichen Abstimmungen) nur einmal abstimmt (Art. 6 Abs. 1 Buchstabe e DSGVO, Beteiligung der Einwohnerschaft).',
      en: 'So that each device (and each person in binding polls) votes once only (Art. 6(1)(e) GDPR, involving the residents).',
    },
    retention: {
      de: 'Bis die Umfrage endet: Dann werden Schlüssel und Prüfwerte gelöscht, und keine Stimme lässt sich mehr einem Gerät zuordnen. Unbestätigte Stimmen höchstens 72 Stunden.',
      en: 'Until the survey closes: then the key and check values are deleted, and no vote can be tied to a device any more. Unconfirmed votes 72 hours at most.',
    },
    access: {
      de: 'Niemand; die Mitarbeitenden der Stadt sehen nur die Summen, eigene Antworten ohne Absender und Kommentare.',
      en: 'Nobody; town staff see only the totals, own answers without sender, and comments.',
    },
  },
  {
    id: 'surveys-confirmation-mail',
    title: { de: 'E-Mail zur Bestätigung', en: 'Confirmation e-mail' },
    what: {
      de: 'Bei verbindlichen Abstimmungen: die E-Mail mit dem Bestätigungslink an Ihre Adresse. Vom Link speichern wir nur einen Hashwert, bis Sie bestätigen.',
      en: 'In binding polls: the e-mail with the confirmation link to your address. Of the link we keep only a hash until you confirm.',
    },
    purpose: {
      de: 'Damit in verbindlichen Abstimmungen jede Person einmal abstimmt (Art. 6 Abs. 1 Buchstabe e DSGVO).',
      en: 'So that each person votes once in binding polls (Art. 6(1)(e) GDPR).',
    },
    retention: {
      de: 'Der Hashwert bis zur Bestätigung, höchstens 72 Stunden; die E-Mail so lange, wie der Mailserver der Stadt Gesendetes aufbewahrt.',
      en: 'The hash until you confirm, 72 hours at most; the e-mail as long as the town’s mail server keeps what it sent.',
    },
    access: {
      de: 'Niemand liest sie einzeln; der Server nutzt sie nur für den Versand.',
      en: 'Nobody reads them one by one; the server uses them only to send.',
    },
  },
];
