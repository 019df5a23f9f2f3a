import { defineErrors } from '../entry.js';

const invalid = { status: 400, exit: 'invalid_input' } as const;
const unreadableFile = {
  ...invalid,
  code: 'invalid_input',
  title: { de: '{file} ist nicht lesbar', en: '{file} cannot be read' },
} as const;
const importRefused = {
  ...invalid,
  code: 'invalid_input',
  title: { de: 'Datei nicht lesbar', en: 'File not readable' },
  hint: { de: 'Prüfen Sie den Pfad.', en: 'Check the path.' },
} as const;
const noModule = {
  ...invalid,
  code: 'invalid_input',
  title: { de: 'Das Modul lässt sich nicht anlegen', en: 'Cannot create the module' },
} as const;

/** What `city-app` refuses inside a town project: its files, its config, imports, new modules. */
export const cliErrors = defineErrors({
  not_a_project: {
    ...invalid,
    title: { de: 'Nicht in einem Stadtprojekt', en: 'Not inside a town project' },
    message: {
      de: 'In {cwd} und den Ordnern darüber gibt es keine {file}.',
      en: 'No {file} was found in {cwd} or any folder above it.',
    },
    hint: {
      de: 'Starten Sie city-app in dem Ordner, den create-city-app angelegt hat (oder darunter).',
      en: 'Run city-app inside the folder create-city-app made (or one below it).',
    },
  },
  package_json_missing: {
    ...unreadableFile,
    message: { de: '{root} hat keine package.json.', en: '{root} has no package.json.' },
    hint: {
      de: 'Ein Stadtprojekt braucht die package.json, die create-city-app geschrieben hat.',
      en: 'A town project needs the package.json that create-city-app wrote.',
    },
  },
  project_file_not_json: {
    ...unreadableFile,
    message: {
      de: '{file} ist kein gültiges JSON: {reason}',
      en: '{file} is not valid JSON: {reason}',
    },
    hint: { de: 'Korrigieren Sie die JSON-Syntax.', en: 'Fix the JSON syntax.' },
  },
  project_record_not_json: {
    ...unreadableFile,
    message: {
      de: '{file} ist kein gültiges JSON: {reason}',
      en: '{file} is not valid JSON: {reason}',
    },
    hint: {
      de: 'Korrigieren Sie die JSON-Syntax; die Datei hält die Antworten fest, aus denen das Projekt entstand.',
      en: 'Fix the JSON syntax; the file records the answers the project was generated from.',
    },
  },
  config_unreadable: {
    status: 400,
    exit: 'problems',
    title: { de: '{file} lässt sich nicht laden', en: '{file} cannot be loaded' },
    message: { de: '{problem}', en: '{problem}' },
    hint: {
      de: 'Korrigieren Sie {file}, sodass es gültiges TypeScript ist und defineCity(…) als Default exportiert.',
      en: 'Fix {file} so that it is valid TypeScript and its default export is defineCity(…).',
    },
  },
  config_not_an_object: {
    code: 'config_unreadable',
    status: 400,
    exit: 'problems',
    title: { de: '{file} lässt sich nicht laden', en: '{file} cannot be loaded' },
    message: {
      de: 'Sein Default-Export ist kein Konfigurationsobjekt einer Stadt.',
      en: 'Its default export is not a town config object.',
    },
    hint: {
      de: 'Exportieren Sie defineCity(…) als Default.',
      en: 'Make defineCity(…) its default export.',
    },
  },
  config_validation_failed: {
    code: 'invalid_config',
    status: 400,
    exit: 'problems',
    title: {
      de: 'Die Konfiguration der Stadt ist ungültig',
      en: 'The town configuration is not valid',
    },
    message: { de: '{problems} in {file}.', en: '{problems} in {file}.' },
    hint: {
      de: 'Korrigieren Sie jede oben genannte Option und starten Sie city-app config validate erneut.',
      en: 'Fix each option named above and run city-app config validate again.',
    },
  },
  unknown_option: {
    ...invalid,
    title: { de: 'Unbekannte Option', en: 'Unknown option' },
    message: {
      de: 'Die Stadtkonfiguration hat keine Option „{path}“.',
      en: 'The town config has no option "{path}".',
    },
    hint: { de: 'Optionen unter {at}: {known}.', en: 'Options at {at}: {known}.' },
  },
  unknown_option_path: {
    ...invalid,
    code: 'unknown_option',
    title: { de: 'Unbekannte Option', en: 'Unknown option' },
    message: {
      de: 'Die Stadtkonfiguration hat keine Option „{path}“.',
      en: 'The town config has no option "{path}".',
    },
    hint: {
      de: 'Nutzen Sie einen Pfad mit Punkten wie legal.imprint.email oder modules.news.perPage.',
      en: 'Use a dotted path such as legal.imprint.email or modules.news.perPage.',
    },
  },
  unresolved_conflicts: {
    status: 409,
    exit: 'problems',
    title: { de: 'Ungelöste Konflikte', en: 'Unresolved conflicts' },
    message: {
      de: 'Dateien, die noch Konfliktmarken enthalten (<<<<<<< … >>>>>>>): {files}.',
      en: 'Files that still hold conflict markers (<<<<<<< … >>>>>>>): {files}.',
    },
    hint: {
      de: 'Behalten Sie in jeder Datei die gewünschten Zeilen, löschen Sie die Marken und starten Sie den Befehl erneut.',
      en: 'Keep the lines you want in each, delete the markers, then run the command again.',
    },
  },
  no_generation_record: {
    ...invalid,
    code: 'invalid_input',
    title: { de: 'Kein Erzeugungsprotokoll', en: 'No generation record' },
    message: {
      de: '{file} fehlt, also weiß city-app nicht, was die Vorlagen erzeugt haben.',
      en: '{file} is missing, so city-app cannot tell what the templates produced.',
    },
    hint: {
      de: 'Nur mit create-city-app erzeugte Projekte lassen sich aktualisieren.',
      en: 'Only projects made by create-city-app can be updated.',
    },
  },
  env_file_unreadable: {
    ...importRefused,
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: { de: '{file} ist nicht lesbar.', en: '{file} cannot be read.' },
  },
  unknown_encoding: {
    ...invalid,
    code: 'invalid_input',
    title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
    message: {
      de: 'Die Zeichenkodierung „{encoding}“ ist unbekannt.',
      en: 'The encoding "{encoding}" is not known.',
    },
    hint: {
      de: 'Nutzen Sie UTF-8, ISO-8859-1, Windows-1252 oder einen anderen üblichen Namen einer Kodierung.',
      en: 'Use UTF-8, ISO-8859-1, Windows-1252 or another common encoding name.',
    },
  },
  import_file_unreadable: {
    ...importRefused,
    message: { de: '{file}: {reason}', en: '{file}: {reason}' },
  },
  import_module_not_installed: {
    ...invalid,
    code: 'module_not_installed',
    title: { de: 'Modul nicht installiert', en: 'Module not installed' },
    message: {
      de: '{pkg} ist in diesem Projekt nicht installiert.',
      en: '{pkg} is not installed in this project.',
    },
    hint: {
      de: 'Installieren Sie die Abhängigkeiten (pnpm install) und importieren Sie dann erneut.',
      en: 'Run the package manager install (pnpm install), then import again.',
    },
  },
  import_invalid_module: {
    ...invalid,
    code: 'invalid_module',
    title: { de: 'Kein city-app-Modul', en: 'Not a city-app module' },
    message: {
      de: '{pkg}/server gibt kein Modul als Default aus.',
      en: '{pkg}/server has no module as its default export.',
    },
    hint: { de: 'Fragen Sie den Autor des Moduls.', en: 'Ask the module author.' },
  },
  import_module_not_enabled: {
    ...invalid,
    code: 'module_not_added',
    title: { de: 'Modul nicht eingeschaltet', en: 'Module not enabled' },
    message: {
      de: 'modules.{id} ist in city.config.ts nicht eingeschaltet.',
      en: 'modules.{id} is not enabled in city.config.ts.',
    },
    hint: {
      de: 'Fügen Sie es zuerst hinzu: city-app add {id}',
      en: 'Add it first: city-app add {id}',
    },
  },
  unknown_format: {
    ...invalid,
    title: { de: 'Kein Import für diese Datei', en: 'No importer for this file' },
    message: {
      de: 'Das Modul {id} hat keinen Import für {what}.',
      en: 'Module {id} has no importer for {what}.',
    },
    hint: {
      de: 'Wählen Sie einen mit --format: {formats}.',
      en: 'Choose one with --format: {formats}.',
    },
  },
  import_option_unknown: {
    ...invalid,
    code: 'invalid_import_option',
    title: { de: 'Unbekannte Option', en: 'Unknown option' },
    message: {
      de: 'Der Import {format} von {id} kennt die Option {option} nicht.',
      en: 'The {format} importer of {id} has no option {option}.',
    },
    hint: { de: 'Er kennt: {known}.', en: 'It takes: {known}.' },
  },
  import_option_missing: {
    ...invalid,
    code: 'invalid_import_option',
    title: { de: 'Option fehlt', en: 'Option missing' },
    message: {
      de: 'Der Import {format} von {id} braucht {option}: {description}',
      en: 'The {format} importer of {id} needs {option}: {description}',
    },
    hint: {
      de: 'Geben Sie sie an, z. B. {option} "…".',
      en: 'Give it, e.g. {option} "…".',
    },
  },
  import_option_value: {
    ...invalid,
    code: 'invalid_import_option',
    title: { de: 'Ungültiger Wert', en: 'Invalid value' },
    message: {
      de: '{option} braucht einen Wert aus: {values}.',
      en: '{option} takes one of: {values}.',
    },
    hint: {
      de: 'Geben Sie ihn nach der Option an, z. B. {option} {example}.',
      en: 'Give it after the option, e.g. {option} {example}.',
    },
  },
  import_file_missing: {
    ...invalid,
    title: { de: 'Was soll importiert werden?', en: 'What should be imported?' },
    message: {
      de: 'Für das Modul {id} fehlt die Datei oder Adresse, und die Stadt hat ihm keine Quelle eingetragen.',
      en: 'Module {id} needs a file or address, and the town has configured no source for it.',
    },
    hint: {
      de: 'Nennen Sie die Datei oder Adresse nach dem Modul, z. B. city-app import {id} <Datei oder Adresse>.',
      en: 'Name the file or address after the module, e.g. city-app import {id} <file or address>.',
    },
  },
  no_importer: {
    ...invalid,
    code: 'unknown_format',
    title: { de: 'Kein Import für diese Datei', en: 'No importer for this file' },
    message: {
      de: 'Das Modul {id} bietet keinen Import an.',
      en: 'Module {id} declares no importer.',
    },
    hint: {
      de: 'Importieren Sie seine Daten von Hand, oder bitten Sie den Autor des Moduls um einen Import.',
      en: 'Import its data by hand, or ask the module author for an importer.',
    },
  },
  migrations_pending: {
    ...invalid,
    title: {
      de: 'Die Datenbank ist für dieses Modul nicht bereit',
      en: 'The database is not ready for this module',
    },
    message: {
      de: '{count} Migration(en) von {id} ({ids}) liefen noch nicht auf dieser Datenbank, und ein Probelauf ändert nichts.',
      en: '{count} migration(s) of {id} ({ids}) have not run on this database yet, and a dry run changes nothing.',
    },
    hint: {
      de: 'Importieren Sie ohne --dry-run (das bereitet die Datenbank vor wie der Start des Servers) oder starten Sie den Server einmal.',
      en: 'Import without --dry-run (it first prepares the database as the server’s start does), or start the server once.',
    },
  },
  new_module_bad_id: {
    ...noModule,
    message: { de: '„{id}“ ist keine Modul-Id.', en: '"{id}" is not a module id.' },
    hint: {
      de: 'Nutzen Sie 2–40 Kleinbuchstaben, Ziffern oder Bindestriche, beginnend mit einem Buchstaben, z. B. parking.',
      en: 'Use 2–40 lower-case letters, digits or hyphens, starting with a letter, e.g. parking.',
    },
  },
  new_module_bad_field: {
    ...noModule,
    message: {
      de: '„{field}“ ist kein Handlungsfeld.',
      en: '"{field}" is not a field of action.',
    },
    hint: { de: 'Nutzen Sie eins von: {known}.', en: 'Use one of: {known}.' },
  },
  new_module_bad_title: {
    ...noModule,
    message: {
      de: '„{title}“ kann nicht der Titel sein.',
      en: '"{title}" cannot be the title.',
    },
    hint: {
      de: 'Nutzen Sie Wörter ohne Anführungszeichen, geschweifte oder spitze Klammern.',
      en: 'Use words without quotes, braces or angle brackets.',
    },
  },
  new_module_folder_taken: {
    ...noModule,
    message: {
      de: '{folder} gibt es schon, und der Ordner ist nicht leer.',
      en: '{folder} exists and is not empty.',
    },
    hint: {
      de: 'Wählen Sie mit --dir einen anderen Ordner oder eine andere Id.',
      en: 'Choose another folder with --dir, or another id.',
    },
  },
});
