import { defineErrors } from '../entry.js';

const invalidInput = { code: 'invalid_input', status: 400, exit: 'invalid_input' } as const;

/** Refusals of `city-app add` and `remove`, which change a project's files and packages. */
export const moduleInstallationErrors = defineErrors({
  project_file_not_editable: {
    ...invalidInput,
    title: {
      de: '{file} lässt sich nicht sicher ändern',
      en: '{file} cannot be edited safely',
    },
    message: {
      de: 'city-app findet {what} nicht in {file}.',
      en: 'city-app could not find {what} in {file}.',
    },
    hint: {
      de: 'Ändern Sie die Datei von Hand, oder stellen Sie den Aufbau wieder her, den create-city-app geschrieben hat ({layout}).',
      en: 'Make the change by hand, or restore the layout create-city-app wrote ({layout}).',
    },
  },
  invalid_set_option: {
    ...invalidInput,
    title: { de: 'Ungültiges --set', en: 'Invalid --set' },
    message: {
      de: '„--set {set}“ hat nicht die Form Pfad=Wert.',
      en: '"--set {set}" is not path=value.',
    },
    hint: {
      de: 'Schreiben Sie es wie --set perPage=20 (Text wie geschrieben; Zahlen, true/false und JSON-Listen werden gelesen).',
      en: 'Write it as --set perPage=20 (strings as they are, numbers, true/false and JSON arrays parsed).',
    },
  },
  invalid_module_options: {
    ...invalidInput,
    title: {
      de: 'Die Optionen von {id} sind ungültig',
      en: 'The options of {id} are not valid',
    },
    message: {
      de: '{problems}; nichts wurde geschrieben.',
      en: '{problems}; nothing was written.',
    },
    hint: {
      de: 'Korrigieren Sie die oben genannten Werte; city-app config explain modules.{id}.<Option> beschreibt jeden.',
      en: 'Fix the values named above; city-app config explain modules.{id}.<option> describes each.',
    },
  },
  changes_need_confirmation: {
    code: 'needs_confirmation',
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Bestätigung nötig', en: 'Confirmation needed' },
    message: {
      de: 'Ohne Terminal wird city-app ohne --yes keine {verb}. Nichts wurde geschrieben.',
      en: 'Without a terminal, city-app does not {verb} without --yes. Nothing was written.',
    },
    hint: {
      de: 'Prüfen Sie die Änderungen (--dry-run zeigt sie) und führen Sie den Befehl mit --yes erneut aus.',
      en: 'Check the diff (--dry-run shows it) and run the command again with --yes.',
    },
  },
  changes_cancelled: {
    code: 'cancelled',
    status: 400,
    exit: 'cancelled',
    title: { de: 'Abgebrochen', en: 'Cancelled' },
    message: { de: 'Nichts wurde geschrieben.', en: 'Nothing was written.' },
  },
  install_failed_after_write: {
    code: 'install_failed',
    status: 500,
    exit: 'install_failed',
    title: {
      de: 'Die Abhängigkeiten ließen sich nicht installieren',
      en: 'Installing the dependencies failed',
    },
    message: {
      de: '„{command}“ {outcome}. Die Dateien wurden geschrieben.',
      en: '"{command}" {outcome}. The files were written.',
    },
    hint: {
      de: 'Beheben Sie das oben gezeigte Problem und führen Sie „{command}“ in {root} aus.',
      en: 'Fix the problem shown above and run "{command}" in {root}.',
    },
  },
  module_already_added: {
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Modul schon hinzugefügt', en: 'Module already added' },
    message: {
      de: 'modules.{id} steht schon in city.config.ts.',
      en: 'modules.{id} is already in city.config.ts.',
    },
    hint: {
      de: 'Ändern Sie seine Optionen in city.config.ts.',
      en: 'Change its options in city.config.ts.',
    },
  },
  module_switched_off: {
    code: 'module_already_added',
    status: 409,
    exit: 'invalid_input',
    title: { de: 'Modul schon hinzugefügt', en: 'Module already added' },
    message: {
      de: 'modules.{id} steht schon in city.config.ts (ausgeschaltet).',
      en: 'modules.{id} is already in city.config.ts (switched off).',
    },
    hint: {
      de: 'Setzen Sie modules.{id}.enabled auf true, oder löschen Sie die Zeile enabled: false.',
      en: 'Set modules.{id}.enabled to true, or remove the line enabled: false.',
    },
  },
  module_not_added: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Modul nicht in der Konfiguration', en: 'Module not in the config' },
    message: {
      de: 'city.config.ts hat kein modules.{id}.',
      en: 'city.config.ts has no modules.{id}.',
    },
    hint: {
      de: 'Eingerichtete Module: {configured}.',
      en: 'Configured modules: {configured}.',
    },
  },
});
