import type { PersonalDataDeclaration } from './personal-data.js';

/**
 * What the kernel itself stores (server and notify), declared like a module's data so the
 * privacy page lists it the same way. Feedback is kept as long as the town's staff keep it
 * (the retention period is the town's to set and to delete by).
 */
export const KERNEL_PERSONAL_DATA: PersonalDataDeclaration[] = [
  {
    id: 'feedback',
    title: { de: 'Feedback', en: 'Feedback' },
    what: {
      de: 'Feedback: Ihre Nachricht, die Seite, von der Sie schreiben, und – nur wenn Sie sie angeben – Ihr Name und Ihre E-Mail-Adresse.',
      en: 'Feedback: your message, the page you write from and – only if you give them – your name and e-mail address.',
    },
    purpose: {
      de: 'Um Ihr Anliegen zu bearbeiten und Ihnen zu antworten (Art. 6 Abs. 1 Buchstabe e DSGVO; für freiwillige Angaben Ihre Einwilligung, Buchstabe a).',
      en: 'To deal with your request and answer you (Art. 6(1)(e) GDPR; for details you give voluntarily, your consent, point (a)).',
    },
    retention: {
      de: 'So lange, wie die Stadt es festgelegt hat; danach oder auf Ihren Wunsch löschen die Mitarbeitenden es.',
      en: 'As long as the town has set; after that, or when you ask, staff delete it.',
    },
    access: {
      de: 'Die Mitarbeitenden der Stadt, die das Feedback bearbeiten.',
      en: 'The town’s staff who handle feedback.',
    },
  },
  {
    id: 'installation',
    title: { de: 'Benachrichtigungen', en: 'Notifications' },
    what: {
      de: 'Wenn Sie Benachrichtigungen einschalten: eine zufällige Kennung Ihrer App-Installation (kein Name, kein Konto), Ihre gewählten Themen, Ortsteile, Ruhezeiten und Sprache sowie die Push-Adresse (Endpoint) Ihres Browsers.',
      en: 'If you turn on notifications: a random id of your app installation (no name, no account), the topics, areas, quiet hours and language you chose, and your browser’s push address (endpoint).',
    },
    purpose: {
      de: 'Um Ihnen die gewünschten Benachrichtigungen zu schicken (Art. 6 Abs. 1 Buchstabe a DSGVO, Ihre Einwilligung). Push-Nachrichten laufen über den Push-Dienst des Herstellers Ihres Browsers (zum Beispiel Google, Apple, Mozilla oder Microsoft); dieser sieht die Push-Adresse und den Zeitpunkt, aber nicht den Inhalt, denn der ist verschlüsselt.',
      en: 'To send you the notifications you asked for (Art. 6(1)(a) GDPR, your consent). Push messages pass through the push service of your browser’s maker (for example Google, Apple, Mozilla or Microsoft); it sees the push address and the time, not the content, which is encrypted.',
    },
    retention: {
      de: 'Bis Sie Benachrichtigungen ausschalten oder Ihre Daten in den Einstellungen löschen; eine Push-Adresse, die der Push-Dienst als ungültig meldet, wird sofort gelöscht.',
      en: 'Until you turn notifications off or delete your data in the settings; a push address the push service reports as invalid is deleted at once.',
    },
    access: {
      de: 'Niemand liest sie einzeln; der Server nutzt sie nur zum Versand. Redaktionen sehen nur Zahlen.',
      en: 'Nobody reads them one by one; the server uses them only to send. Editors see only counts.',
    },
  },
  {
    id: 'calendar-link',
    title: { de: 'Kalender-Abo „Meine Termine“', en: 'Calendar subscription “My dates”' },
    what: {
      de: 'Wenn Sie ein Kalender-Abo einrichten: ein Prüfwert (Hash) Ihres privaten Kalender-Links, die Kennung Ihrer App-Installation, die Sprache und wann der Link erstellt wurde. Den Link selbst speichern wir nicht.',
      en: 'If you set up a calendar subscription: a check value (hash) of your private calendar link, your app installation’s id, the language and when the link was made. The link itself is not stored.',
    },
    purpose: {
      de: 'Damit Ihr Kalender Ihre Termine abrufen kann (Art. 6 Abs. 1 Buchstabe a DSGVO, Ihre Einwilligung).',
      en: 'So that your calendar can fetch your dates (Art. 6(1)(a) GDPR, your consent).',
    },
    retention: {
      de: 'Bis Sie das Abo beenden oder erneuern oder Ihre Installation löschen.',
      en: 'Until you end or renew the subscription or delete your installation.',
    },
    access: {
      de: 'Niemand; der Server nutzt den Prüfwert nur, um Ihren Link zu erkennen.',
      en: 'Nobody; the server uses the check value only to recognise your link.',
    },
  },
  {
    id: 'staff-accounts',
    title: { de: 'Konten der Mitarbeitenden', en: 'Staff accounts' },
    what: {
      de: 'Konten der Mitarbeitenden: Name, dienstliche E-Mail-Adresse, Rollen, ein Passwort-Hash, Sitzungen, die letzte Anmeldung und ob das Konto deaktiviert ist.',
      en: 'Staff accounts: name, work e-mail address, roles, a password hash, sessions, the last sign-in and whether the account is deactivated.',
    },
    purpose: {
      de: 'Damit nur berechtigte Mitarbeitende Inhalte ändern können (Art. 6 Abs. 1 Buchstabe e DSGVO).',
      en: 'So that only authorised staff can change content (Art. 6(1)(e) GDPR).',
    },
    retention: {
      de: 'Solange das Konto besteht, auch deaktiviert; Sitzungen enden beim Abmelden, beim Deaktivieren oder nach ihrer Laufzeit.',
      en: 'As long as the account exists, deactivated too; sessions end at sign-out, at deactivation or when they expire.',
    },
    access: {
      de: 'Die Administratorinnen und Administratoren der Stadt.',
      en: 'The town’s administrators.',
    },
  },
  {
    id: 'login-attempts',
    title: { de: 'Anmeldeversuche', en: 'Sign-in attempts' },
    what: {
      de: 'Anmeldeversuche: die eingegebene E-Mail-Adresse, die IP-Adresse und die Uhrzeit.',
      en: 'Sign-in attempts: the e-mail address entered, the IP address and the time.',
    },
    purpose: {
      de: 'Um das Erraten von Passwörtern zu verhindern (Art. 6 Abs. 1 Buchstabe e DSGVO, Art. 32 DSGVO).',
      en: 'To stop passwords being guessed (Art. 6(1)(e) GDPR, Art. 32 GDPR).',
    },
    retention: { de: 'Einen Tag.', en: 'One day.' },
    access: {
      de: 'Niemand; der Server wertet sie nur für die Sperre aus.',
      en: 'Nobody; the server only counts them for the limit.',
    },
  },
];
