import { defineErrors } from '../entry.js';

const templateBug = {
  status: 500,
  exit: 'unexpected',
  hint: {
    de: 'Das ist ein Fehler in den Vorlagen; bitte melden Sie ihn.',
    en: 'This is a bug in the templates; please report it.',
  },
} as const;
const targetConflict = { status: 409, exit: 'target_conflict' } as const;
const installFailed = {
  code: 'install_failed',
  status: 500,
  exit: 'install_failed',
  title: {
    de: 'Die Installation der Abhängigkeiten schlug fehl',
    en: 'Installing the dependencies failed',
  },
} as const;
const missing = {
  code: 'missing_input',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Angaben fehlen', en: 'Values missing' },
  message: {
    de: 'Nicht angegeben: {flags}. Es ist kein Terminal angeschlossen, also kann nichts gefragt werden; nichts wurde geschrieben.',
    en: 'missing {flags}. No terminal is attached, so nothing can be asked; nothing was written.',
  },
} as const;

/** What `create-city-app` refuses, and what can go wrong while it writes a town project. */
export const createCityAppErrors = defineErrors({
  invalid_answers: {
    code: 'invalid_input',
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Das Projekt lässt sich nicht anlegen', en: 'Cannot create the project' },
    message: {
      de: '{problems} gefunden; nichts wurde geschrieben.',
      en: '{problems} found; nothing was written.',
    },
    hint: {
      de: 'Korrigieren Sie die oben genannten Werte und starten Sie den Befehl erneut.',
      en: 'Fix the values named above and run the command again.',
    },
  },
  missing_town: {
    ...missing,
    hint: {
      de: 'Geben Sie sie als Optionen oder in --config an: Stadt und Bundesland haben keinen Standardwert.',
      en: 'Pass them as flags or in --config: the town and its state have no default.',
    },
  },
  missing_flags: {
    ...missing,
    hint: {
      de: 'Geben Sie sie als Optionen oder in --config an, oder nutzen Sie --yes für die Standardwerte der übrigen.',
      en: 'Pass them as flags or in --config, or add --yes to use the defaults for the others.',
    },
  },
  target_is_file: {
    ...targetConflict,
    code: 'target_conflict',
    title: { de: 'Das Ziel ist eine Datei', en: 'The target is a file' },
    message: {
      de: '{target} ist eine Datei, kein Ordner; nichts wurde geschrieben.',
      en: '{target} is a file, not a folder; nothing was written.',
    },
    hint: {
      de: 'Wählen Sie als erstes Argument einen anderen Ordnernamen.',
      en: 'Choose another folder name as the first argument.',
    },
  },
  target_not_empty: {
    ...targetConflict,
    title: { de: 'Der Zielordner ist nicht leer', en: 'The target folder is not empty' },
    message: {
      de: '{target} enthält schon {entries}; nichts wurde geschrieben.',
      en: '{target} already holds {entries}; nothing was written.',
    },
    hint: {
      de: 'Wählen Sie einen anderen Ordner oder schreiben Sie mit --force hinein (nur die erzeugten Dateien werden überschrieben; nichts wird gelöscht).',
      en: 'Choose another folder, or add --force to write into it (only the generated files are overwritten; nothing is deleted).',
    },
  },
  target_paths_clash: {
    ...targetConflict,
    code: 'target_conflict',
    title: {
      de: 'Erzeugte Dateien stoßen mit dem Ordner zusammen',
      en: 'Generated files clash with the folder',
    },
    message: {
      de: '{paths} in {target} lassen sich nicht schreiben; nichts wurde geschrieben.',
      en: '{paths} in {target} cannot be written; nothing was written.',
    },
    hint: {
      de: 'Lösen Sie die Konflikte oder wählen Sie einen anderen Ordner.',
      en: 'Resolve them, or choose another folder.',
    },
  },
  package_manager_missing: {
    ...installFailed,
    message: {
      de: '„{pm}“ wurde nicht gefunden. Das Projekt selbst ist fertig in {target}.',
      en: '"{pm}" was not found. The project itself is ready in {target}.',
    },
    hint: {
      de: 'Beheben Sie das Problem und führen Sie dann „{pm} install“ in diesem Ordner aus (oder wählen Sie --package-manager {other}).',
      en: 'Fix the problem, then run "{pm} install" in that folder (or choose --package-manager {other}).',
    },
  },
  install_failed: {
    ...installFailed,
    message: {
      de: '„{pm} install“ endete mit dem Code {code}. Das Projekt selbst ist fertig in {target}.',
      en: '"{pm} install" exited with code {code}. The project itself is ready in {target}.',
    },
    hint: {
      de: 'Beheben Sie das oben gezeigte Problem und führen Sie dann „{pm} install“ in diesem Ordner aus.',
      en: 'Fix the problem shown above, then run "{pm} install" in that folder.',
    },
  },
  template_failed: {
    ...templateBug,
    title: {
      de: 'Eine Vorlage ließ sich nicht ausfüllen',
      en: 'A template could not be rendered',
    },
    message: { de: '{path}.hbs: {reason}', en: '{path}.hbs: {reason}' },
  },
  unsafe_path: {
    ...templateBug,
    title: { de: 'Unsicherer Dateipfad', en: 'Unsafe file path' },
    message: {
      de: 'Der erzeugte Pfad „{path}“ würde den Projektordner verlassen.',
      en: 'The generated path "{path}" would leave the project folder.',
    },
  },
});
