import type { Language } from './language.js';

/**
 * What `create-city-app --help` says, and what it says about arguments it cannot read, in
 * the language `--locale` asks for (German unless it asks for English). Flags are commands
 * and stay as they are typed.
 */
export const COMMAND_LINE_MESSAGES = {
  de: {
    description:
      'Legt die City-App einer deutschen Stadt an: Konfiguration, Startinhalte und das Verbindende, startbereit.',
    usage: '[Optionen] [dir]',
    titles: { 'Usage:': 'Aufruf:', 'Arguments:': 'Argumente:', 'Options:': 'Optionen:' },
    dir: 'anzulegender Ordner (Standard: aus dem Namen der Stadt gebildet)',
    town: 'Name der Stadt, z. B. "Boizenburg/Elbe"',
    state: 'Bundesland als ISO-3166-2-Code, z. B. DE-MV',
    modules: 'einzuschaltende Module, durch Kommas getrennt (Standard mit --yes: alle)',
    primaryColor: 'Hauptfarbe; muss gegen weiße Schrift 4,5:1 erreichen (Standard #1a5f7a)',
    locale: 'Hauptsprache der App und dieses Befehls (Standard de)',
    email: 'E-Mail der Stadtverwaltung für Impressum, Datenschutz und Barrierefreiheit',
    config:
      'Stadt-Konfiguration in JSON (siehe das JSON Schema von @city-app/core); Optionen gehen vor',
    packageManager: 'Paketmanager des Projekts (Standard: der, der diesen Befehl startet)',
    noInstall: 'Abhängigkeiten nicht installieren',
    noGit: 'kein Git-Repository anlegen',
    dryRun: 'die Dateien auflisten, die geschrieben würden; nichts schreiben',
    force: 'in einen nicht leeren Ordner schreiben; nur erzeugte Dateien werden überschrieben',
    yes: 'Standardwerte für alles nicht Angegebene (Stadt und Bundesland sind trotzdem nötig)',
    link: '@city-app/* aus einem city-app-Checkout verlinken',
    version: 'die Versionsnummer ausgeben',
    help: 'diese Hilfe anzeigen',
    after: `
Exit-Codes:
  0    das Projekt wurde angelegt (oder --dry-run hat es aufgelistet)
  2    ungültige oder fehlende Angaben (nichts wurde geschrieben)
  3    der Zielordner ist nicht leer, oder erzeugte Dateien stoßen mit ihm zusammen (nichts wurde geschrieben)
  4    die Installation der Abhängigkeiten schlug fehl (das Projekt wurde geschrieben)
  70   unerwarteter Fehler
  130  abgebrochen (nichts wurde geschrieben)

Beispiele:
  npm create city-app@latest
  npx create-city-app boizenburg --town "Boizenburg/Elbe" --state DE-MV --yes
  npx create-city-app --config city.json --no-install
  npx create-city-app --locale en --help`,
    unknownOption: (flag: string) => `Unbekannte Option ${flag}.`,
    didYouMean: (flags: string) => ` Meinten Sie ${flags}?`,
    missingValue: (flags: string) => `Die Option ${flags} braucht einen Wert.`,
    tooManyArguments: (count: number) =>
      `Zu viele Argumente: erwartet wird höchstens ein Ordner, angegeben wurden ${count}.`,
    unreadable: (problem: string) => `Die Befehlszeile lässt sich nicht lesen (${problem}).`,
    seeHelp: 'create-city-app --help zeigt die Optionen.',
  },
  en: {
    description:
      'Create the city app of a German town: configuration, starting content and glue, ready to run.',
    usage: '[options] [dir]',
    titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:' },
    dir: 'folder to create (default: derived from the town name)',
    town: 'the town\'s name, e.g. "Boizenburg/Elbe"',
    state: 'the state as ISO 3166-2 code, e.g. DE-MV',
    modules: 'modules to enable, comma-separated (default with --yes: all)',
    primaryColor: 'main colour; must reach 4.5:1 against white text (default #1a5f7a)',
    locale: 'main language of the app and of this command (default de)',
    email: 'town hall e-mail for imprint, privacy and accessibility contacts',
    config: 'a town config in JSON (see the JSON Schema of @city-app/core); flags override it',
    packageManager: 'package manager of the project (default: the one running this)',
    noInstall: 'do not install dependencies',
    noGit: 'do not create a git repository',
    dryRun: 'list the files that would be written; write nothing',
    force: 'write into a non-empty folder, overwriting generated files only',
    yes: 'use defaults for everything not given (town and state are still needed)',
    link: 'link @city-app/* from a city-app checkout',
    version: 'output the version number',
    help: 'display this help',
    after: `
Exit codes:
  0    the project was created (or --dry-run listed it)
  2    invalid or missing input (nothing was written)
  3    the target folder is not empty, or generated files clash with it (nothing was written)
  4    installing the dependencies failed (the project was written)
  70   unexpected error
  130  cancelled (nothing was written)

Examples:
  npm create city-app@latest
  npx create-city-app boizenburg --town "Boizenburg/Elbe" --state DE-MV --yes
  npx create-city-app --config city.json --no-install`,
    unknownOption: (flag: string) => `Unknown option ${flag}.`,
    didYouMean: (flags: string) => ` Did you mean ${flags}?`,
    missingValue: (flags: string) => `The option ${flags} needs a value.`,
    tooManyArguments: (count: number) =>
      `Too many arguments: at most one folder is expected, ${count} were given.`,
    unreadable: (problem: string) => `Cannot read the command line (${problem}).`,
    seeHelp: 'Run create-city-app --help for the options.',
  },
} as const satisfies Record<Language, unknown>;
