import type { Locale } from '@city-app/core';

/**
 * What `city-app --help` and every command's `--help` say, in the town's language. Flags,
 * commands and file names stay as they are typed.
 */
export const HELP_MESSAGES = {
  de: {
    description:
      'Das Werkzeug der Beraterinnen und Berater in einem Stadtprojekt: Module, Konfiguration, Import, Update, Prüfung.',
    titles: {
      'Usage:': 'Aufruf:',
      'Arguments:': 'Argumente:',
      'Options:': 'Optionen:',
      'Commands:': 'Befehle:',
    },
    usageWords: { '[options]': '[Optionen]', '[command]': '[Befehl]' },
    version: 'die Versionsnummer ausgeben',
    help: 'Hilfe zu diesem Befehl anzeigen',
    helpCommand: 'Hilfe zu einem Befehl anzeigen',
    json: 'JSON ausgeben',
    yes: 'ohne Rückfrage schreiben',
    dryRun: 'den Diff zeigen, nichts schreiben',
    noInstall: 'den Paketmanager danach nicht starten',
    moduleId: 'Kennung des Moduls, z. B. news',
    modules: 'die Module auflisten, die dieses Projekt nutzen kann und die eingeschaltet sind',
    config: 'city.config.ts prüfen und erklären',
    validate: 'city.config.ts und jede Moduloption prüfen; Exit-Code 1 bei Problemen',
    schema: 'das JSON Schema der Stadt-Konfiguration schreiben (mit den Modulen)',
    schemaOut: 'zu schreibende Datei, relativ zum Projekt (Standard: city.schema.json)',
    schemaStdout: 'das Schema ausgeben statt es zu schreiben',
    explain: 'Beschreibung, Typ und Standardwert einer Option ausgeben',
    explainPath: 'Pfad mit Punkten, z. B. legal.imprint.email oder modules.news.perPage',
    add: 'ein Modul hinzufügen: sein Paket und seine Optionen, nach Anzeige des Diffs',
    addSet: 'eine Moduloption setzen (wiederholbar), z. B. --set perPage=20',
    remove: 'Paket und Optionen eines Moduls entfernen; seine Daten bleiben in der Datenbank',
    import:
      'eine Datei oder Webadresse mit einem Importer des Moduls importieren (z. B. news aus RSS/Atom, events aus iCalendar)',
    importFile:
      'die zu importierende Datei oder ihre http(s)-Adresse (entbehrlich, wo das Modul seine Quelle kennt, z. B. council)',
    importFormat: 'welcher Importer, wenn das Modul mehrere hat',
    importEncoding:
      'Zeichenkodierung der Datei, wenn sie keine nennt (Standard: ihre XML-Deklaration, sonst UTF-8)',
    importDryRun: 'neue, geänderte und unveränderte Einträge zählen; nichts schreiben',
    importList: 'die Importer des Moduls und ihre Optionen auflisten; nichts importieren',
    update:
      'Änderungen der Vorlagen per Drei-Wege-Merge übernehmen; eigene Änderungen bleiben, Konflikte werden markiert',
    updateInstall: 'den Paketmanager danach starten',
    conflicts:
      'scheitern, solange eine Datei Konfliktmarker aus update enthält (Build und Smoke-Test prüfen das auch)',
    new: 'etwas Neues anlegen',
    newModule: 'ein neues Modulpaket aus templates/module (Manifest, Server, Web, Tests)',
    newModuleId: 'Kennung des Moduls, z. B. parking',
    newModuleField: 'Handlungsfeld (administration, education, mobility, …)',
    newModuleTitle: 'deutscher Titel, z. B. "Parken"',
    newModuleDir:
      'wohin es geschrieben wird (Standard: packages/modules/<id> in einem city-app-Checkout)',
    newModuleDryRun: 'die Dateien auflisten; nichts schreiben',
    vapid: 'ein neues VAPID-Schlüsselpaar für Web Push ausgeben',
    doctor:
      'Node, Einstellungen, Datenbank, VAPID-Schlüssel, SMTP, Farben und die Rechtstexte prüfen',
    doctorEnvFile: 'auch die Einstellungen in dieser Datei prüfen (z. B. deploy/.env)',
    after: `
Exit-Codes:
  0    erledigt
  1    Probleme gefunden (config validate, doctor, Konflikte bei update);
       sie werden aufgelistet
  2    ungültige oder fehlende Angaben; nichts wurde geschrieben
  4    die Installation der Abhängigkeiten schlug fehl; die Dateien wurden geschrieben
  70   unerwarteter Fehler; nichts blieb halb geschrieben
  130  abgebrochen; nichts wurde geschrieben

Jeder Befehl nimmt --json und gibt dann ein JSON-Dokument aus: das Ergebnis oder
bei einem Fehler { "error": { code, message, field, hint, issues } }.`,
    importAfter: `
city-app import <module> --list nennt die Importer des Moduls, was jeder liest, an
welchen Dateiendungen er erkannt wird und seine Optionen, in der Sprache der Stadt.

Ein Importer kann nach der Datei eigene Optionen nehmen, z. B. die Straße eines
Abfuhrkalenders je Straße:
  city-app import waste Bahnhofstrasse.ics --location "Bahnhofstraße 1-49"
Eine Option, die er nicht kennt, oder eine fehlende Pflichtoption wird abgelehnt,
bevor die Datei gelesen wird; der Fehler nennt die Optionen, die er nimmt.`,
  },
  en: {
    description:
      "The consultants' tool inside a town project: modules, config, import, update, doctor.",
    titles: {
      'Usage:': 'Usage:',
      'Arguments:': 'Arguments:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
    },
    usageWords: { '[options]': '[options]', '[command]': '[command]' },
    version: 'output the version number',
    help: 'display help for command',
    helpCommand: 'display help for command',
    json: 'print JSON',
    yes: 'write without asking',
    dryRun: 'show the diff, write nothing',
    noInstall: 'do not run the package manager afterwards',
    moduleId: 'module id, e.g. news',
    modules: 'list the modules this project can use and those it has switched on',
    config: 'check and explain city.config.ts',
    validate: 'check city.config.ts and every module option; exit code 1 on problems',
    schema: 'write the JSON Schema of the town config (modules included)',
    schemaOut: 'file to write, relative to the project (default: city.schema.json)',
    schemaStdout: 'print the schema instead of writing it',
    explain: "print an option's description, type and default",
    explainPath: 'dotted path, e.g. legal.imprint.email or modules.news.perPage',
    add: 'add a module: its package and its options, after showing the diff',
    addSet: 'set a module option (repeatable), e.g. --set perPage=20',
    remove: "remove a module's package and options; its data stays in the database",
    import:
      'import a file or web address with an importer the module declares (e.g. news from RSS/Atom, events from iCalendar)',
    importFile:
      'the file to import, or its http(s) address (optional where the module knows its source, e.g. council)',
    importFormat: 'which importer, when the module has several',
    importEncoding:
      "the file's encoding when it does not say (default: its XML declaration, else UTF-8)",
    importDryRun: 'count new, changed and unchanged items; write nothing',
    importList: "list the module's importers and their options; import nothing",
    update: 'apply template changes by three-way merge; local edits survive, conflicts are marked',
    updateInstall: 'run the package manager afterwards',
    conflicts:
      'fail while a file holds conflict markers left by update (build and smoke test check too)',
    new: 'create something new',
    newModule: 'a new module package from templates/module (manifest, server, web, tests)',
    newModuleId: 'module id, e.g. parking',
    newModuleField: 'field of action (administration, education, mobility, …)',
    newModuleTitle: 'German title, e.g. "Parken"',
    newModuleDir: 'where to write it (default: packages/modules/<id> in a city-app checkout)',
    newModuleDryRun: 'list the files; write nothing',
    vapid: 'print a new VAPID key pair for Web Push',
    doctor: 'check Node, the settings, database, VAPID keys, SMTP, colours and the legal pages',
    doctorEnvFile: 'check the settings in this file too (e.g. deploy/.env)',
    after: `
Exit codes:
  0    done
  1    problems found (config validate, doctor, update conflicts); they are listed
  2    invalid or missing input; nothing was written
  4    installing the dependencies failed; the files were written
  70   unexpected error; nothing was left half-written
  130  cancelled; nothing was written

Every command takes --json and then prints one JSON document: the result, or
{ "error": { code, message, field, hint, issues } } on failure.`,
    importAfter: `
city-app import <module> --list names the module's importers, what each reads,
the file endings it is picked by and its options, in the town's language.

An importer may take options of its own after the file, e.g. the street of a
per-street calendar:
  city-app import waste Bahnhofstrasse.ics --location "Bahnhofstraße 1-49"
An option it does not know, or a required one left out, is refused before the
file is read; the error lists the options it takes.`,
  },
} as const satisfies Record<Locale, unknown>;
