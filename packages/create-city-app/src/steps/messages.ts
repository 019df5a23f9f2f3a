/**
 * What create-city-app says to the person answering, in the language they chose for the app
 * (German unless they chose English): prompts, what a prompt refuses, and the closing words.
 */
export type Language = 'de' | 'en';

export const MESSAGES = {
  de: {
    language: 'Hauptsprache der App / main language of the app',
    town: 'Name der Stadt',
    townNeedsLetters: 'Der Name braucht Buchstaben oder Ziffern.',
    state: 'Bundesland',
    modules: 'Module',
    primaryColor: 'Hauptfarbe als Hex-Wert',
    notHex: (color: string, example: string) =>
      `„${color}“ ist kein Hex-Farbwert; zum Beispiel ${example}.`,
    lowContrast: (color: string, ratio: string, text: string, better: string) =>
      `${color} erreicht nur ${ratio}:1 gegen ${text}; nötig sind 4,5:1. Versuchen Sie ${better}.`,
    email:
      'E-Mail der Stadtverwaltung für Impressum und Barrierefreiheit (leer lassen: Platzhalter)',
    notEmail: 'Bitte eine E-Mail-Adresse wie rathaus@stadt.de eingeben, oder leer lassen.',
    install: (pm: string) => `Abhängigkeiten mit ${pm} installieren?`,
    git: 'Git-Repository anlegen?',
    note: 'Hinweis',
    dryRun: 'Probelauf: nichts wurde geschrieben.',
    ready: (name: string, where: string, files: number) =>
      `✔ Die App von ${name} liegt in ${where} (${files} Dateien).`,
    next: 'Weiter:',
    placeholders: (count: number) =>
      `Vor dem Start im Internet: ${count} Angaben für Impressum, Datenschutz und Barrierefreiheit in city.config.ts eintragen.`,
    placeholdersWhy:
      '(city-app doctor und die Verwaltungsübersicht listen sie; Bewohnerinnen und Bewohner sehen bis dahin nur, was bekannt ist.)',
  },
  en: {
    language: 'Hauptsprache der App / main language of the app',
    town: 'Name of the town',
    townNeedsLetters: 'The name needs letters or digits.',
    state: 'State (Bundesland)',
    modules: 'Modules',
    primaryColor: 'Primary colour as a hex value',
    notHex: (color: string, example: string) =>
      `"${color}" is not a hex colour; use one such as ${example}.`,
    lowContrast: (color: string, ratio: string, text: string, better: string) =>
      `${color} reaches only ${ratio}:1 against ${text}; 4.5:1 is needed. Try ${better}.`,
    email: 'E-mail of the town hall for the imprint and accessibility (leave empty: placeholder)',
    notEmail: 'Enter an e-mail address such as rathaus@town.de, or leave it empty.',
    install: (pm: string) => `Install the dependencies with ${pm}?`,
    git: 'Create a git repository?',
    note: 'Note',
    dryRun: 'Dry run: nothing was written.',
    ready: (name: string, where: string, files: number) =>
      `✔ The app of ${name} is ready in ${where} (${files} files).`,
    next: 'Next:',
    placeholders: (count: number) =>
      `Before going live: fill in ${count} facts for the imprint, privacy and accessibility pages in city.config.ts.`,
    placeholdersWhy:
      '(city-app doctor and the admin overview list them; until then residents see only what is known.)',
  },
} as const;

export type Messages = (typeof MESSAGES)[Language];

/** The texts for the app's main language: English when it is English, else German. */
export function messagesFor(locale: string | undefined): Messages {
  return locale === 'en' ? MESSAGES.en : MESSAGES.de;
}
