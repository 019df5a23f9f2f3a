import type { ModuleMeta, PlaceholderOption } from '@city-app/core';

/**
 * What the reports module keeps about people. Reading the public list needs nothing; a
 * report carries what the reporter chose to give, and none of it is ever public.
 */
export const personalData: ModuleMeta['personalData'] = [
  {
    id: 'reports-reporters',
    title: { de: 'Ihre Meldungen', en: 'Your reports' },
    what: {
      de: 'Wenn Sie einen Mangel melden: Ort, Beschreibung und Foto (ohne Kamera- und Standortdaten, die entfernen wir vor dem Speichern), die zufällige Kennung Ihrer App-Installation, die Sprache der App und, wenn Sie sie angeben, Ihre E-Mail-Adresse.',
      en: 'If you report a defect: the place, description and photo (without camera and location data, which we remove before storing), your app installation’s random id, the app’s language and, if you give it, your e-mail address.',
    },
    purpose: {
      de: 'Um den Mangel zu beheben und Ihnen jeden neuen Stand per Benachrichtigung oder E-Mail mitzuteilen (Art. 6 Abs. 1 Buchstabe e DSGVO, Aufgabe der Stadt; die E-Mail-Adresse mit Ihrer Einwilligung, Buchstabe a).',
      en: 'To fix the defect and tell you each new status by notification or e-mail (Art. 6(1)(e) GDPR, the town’s task; the e-mail address with your consent, (a)).',
    },
    retention: {
      de: 'Installationskennung und E-Mail-Adresse bis 90 Tage nach dem Erledigen oder Schließen der Meldung; die Meldung selbst bleibt ohne diese Angaben als Nachweis der Arbeit der Stadt.',
      en: 'The installation id and e-mail address until 90 days after the report is fixed or closed; the report itself stays, without them, as a record of the town’s work.',
    },
    access: {
      de: 'Die Mitarbeitenden der Stadt mit der Rolle „Mängelmelder“. Öffentlich sind nur Ort, Kategorie, Stand und – nach Prüfung – Beschreibung und Foto; nie Ihre E-Mail-Adresse oder Installationskennung.',
      en: 'Town staff with the “Defect reports” role. Only the place, category, status and – after review – the description and photo are public; never your e-mail address or installation id.',
    },
  },
  {
    id: 'reports-followers',
    title: { de: 'Gefolgte Meldungen', en: 'Followed reports' },
    what: {
      de: 'Wenn Sie einer Meldung folgen: die zufällige Kennung Ihrer App-Installation und die Meldung.',
      en: 'If you follow a report: your app installation’s random id and the report.',
    },
    purpose: {
      de: 'Um Ihnen jeden neuen Stand der Meldung zu melden (Art. 6 Abs. 1 Buchstabe a DSGVO, Ihre Einwilligung).',
      en: 'To tell you each new status of the report (Art. 6(1)(a) GDPR, your consent).',
    },
    retention: {
      de: 'Bis Sie nicht mehr folgen, oder bis 90 Tage nach dem Erledigen oder Schließen der Meldung.',
      en: 'Until you stop following, or until 90 days after the report is fixed or closed.',
    },
    access: {
      de: 'Niemand liest sie einzeln; der Server nutzt sie nur für den Versand.',
      en: 'Nobody reads them one by one; the server uses them only to send.',
    },
  },
];

/** Options whose defaults only stand in until the town enters its own. */
export const placeholders: PlaceholderOption[] = [
  {
    option: 'departments',
    what: {
      de: 'Abteilungen für Mängelmeldungen und ihre E-Mail-Adressen (bis dahin Beispiele: Bauhof, Ordnungsamt)',
      en: 'Departments for defect reports and their e-mail addresses (until then samples: Bauhof, Ordnungsamt)',
    },
  },
];
