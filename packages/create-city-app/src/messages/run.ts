import type { Language } from './language.js';

/**
 * What create-city-app says to the person answering, in the language chosen for the app:
 * prompts, what a prompt refuses, what a run does, and the closing words.
 */
export const RUN_MESSAGES = {
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
    /** A ratio as a person in this language writes it. */
    ratio: (ratio: number) => ratio.toFixed(2).replace('.', ','),
    email:
      'E-Mail der Stadtverwaltung für Impressum und Barrierefreiheit (leer lassen: Platzhalter)',
    notEmail: 'Bitte eine E-Mail-Adresse wie rathaus@stadt.de eingeben, oder leer lassen.',
    install: (pm: string) => `Abhängigkeiten mit ${pm} installieren?`,
    git: 'Git-Repository anlegen?',
    dryRunWrite: (files: number, target: string) =>
      `Probelauf: ${files} Dateien würden nach ${target} geschrieben`,
    size: (bytes: number) =>
      bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`,
    dryRunBase: (folder: string, files: number) =>
      `${folder}/ (${files} Dateien: dieselben, als Grundlage für city-app update)`,
    dryRunInstall: (pm: string, target: string) =>
      `Probelauf: „${pm} install“ würde in ${target} ausgeführt`,
    dryRunGit: (target: string) =>
      `Probelauf: „git init“ und ein erster Commit würden in ${target} ausgeführt`,
    installing: (pm: string) => `Installation mit ${pm} …`,
    firstCommit: 'Erster Commit von create-city-app',
    note: 'Hinweis',
    outsideWorkspace: (path: string, root: string) =>
      `${path} liegt im city-app-Repository, aber nicht in seinem pnpm-Workspace; die Pakete @city-app/* werden aus ${root} verlinkt.`,
    workspaceUsesPnpm: 'Das Ziel liegt in einem pnpm-Workspace, daher nutzt das Projekt pnpm.',
    insideGitRepository:
      'Der Ordner liegt schon in einem Git-Repository, daher wurde kein neues angelegt.',
    gitNoCommit:
      'Git hat das Repository angelegt, aber nicht den ersten Commit (sind user.name und user.email gesetzt?); legen Sie ihn selbst an.',
    gitFailed: (step: string) => `„git ${step}“ schlug fehl; richten Sie Git selbst ein.`,
    gitMissing: 'Git ist nicht installiert, daher wurde kein Repository angelegt.',
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
    ratio: (ratio: number) => ratio.toFixed(2),
    email: 'E-mail of the town hall for the imprint and accessibility (leave empty: placeholder)',
    notEmail: 'Enter an e-mail address such as rathaus@town.de, or leave it empty.',
    install: (pm: string) => `Install the dependencies with ${pm}?`,
    git: 'Create a git repository?',
    dryRunWrite: (files: number, target: string) =>
      `Dry run: would write ${files} files to ${target}`,
    size: (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`),
    dryRunBase: (folder: string, files: number) =>
      `${folder}/ (${files} files: the same, as base for city-app update)`,
    dryRunInstall: (pm: string, target: string) =>
      `Dry run: would run "${pm} install" in ${target}`,
    dryRunGit: (target: string) =>
      `Dry run: would run "git init" and make a first commit in ${target}`,
    installing: (pm: string) => `Installing with ${pm} …`,
    firstCommit: 'Initial commit from create-city-app',
    note: 'Note',
    outsideWorkspace: (path: string, root: string) =>
      `${path} is inside the city-app repository but not in its pnpm workspace; @city-app/* packages are linked from ${root}.`,
    workspaceUsesPnpm: 'The target is inside a pnpm workspace, so the project uses pnpm.',
    insideGitRepository:
      'The folder is inside a git repository already, so no new repository was made.',
    gitNoCommit:
      'git made the repository but not the first commit (is user.name/user.email set?); commit yourself.',
    gitFailed: (step: string) => `"git ${step}" failed; set up git yourself.`,
    gitMissing: 'git is not installed, so no repository was made.',
    dryRun: 'Dry run: nothing was written.',
    ready: (name: string, where: string, files: number) =>
      `✔ The app of ${name} is ready in ${where} (${files} files).`,
    next: 'Next:',
    placeholders: (count: number) =>
      `Before going live: fill in ${count} facts for the imprint, privacy and accessibility pages in city.config.ts.`,
    placeholdersWhy:
      '(city-app doctor and the admin overview list them; until then residents see only what is known.)',
  },
} as const satisfies Record<Language, unknown>;

export type RunMessages = (typeof RUN_MESSAGES)[Language];
