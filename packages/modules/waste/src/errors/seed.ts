import { defineErrors, errorRaiser } from '@city-app/core';

// Every problem of the starting calendar shares the code, title and hint; the message names
// the file and the entry, so the town finds the line to fix.
const startingFile = {
  code: 'invalid_content',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Ungültiger Start-Abfallkalender', en: 'Invalid starting waste calendar' },
  hint: {
    de: 'Korrigieren Sie die genannte Stelle in content/waste/calendar.yaml und starten Sie den Server erneut; bis dahin wird nichts aus der Datei geladen.',
    en: 'Correct the named place in content/waste/calendar.yaml and start the server again; nothing of the file is loaded until then.',
  },
} as const;

/** What the waste calendar refuses in the town's starting calendar (`content/waste/`). */
export const wasteSeedErrors = defineErrors({
  waste_seed_not_yaml: {
    ...startingFile,
    message: {
      de: '{source}, Zeile {line}: kein gültiges YAML ({reason}).',
      en: '{source}, line {line}: not valid YAML ({reason}).',
    },
  },
  waste_seed_invalid: {
    ...startingFile,
    message: { de: '{source}: {field}: {problem}', en: '{source}: {field}: {problem}' },
  },
  waste_seed_unknown_type: {
    ...startingFile,
    message: {
      de: '{source}: {field}: „{type}“ ist keine Abfallart dieser Stadt (bekannt: {known}).',
      en: '{source}: {field}: "{type}" is not one of the town’s waste types (known: {known}).',
    },
  },
  waste_seed_unknown_tour: {
    ...startingFile,
    message: {
      de: '{source}: {field}: Es gibt keine Tour „{tour}“ unter „tours“.',
      en: '{source}: {field}: there is no tour "{tour}" under "tours".',
    },
  },
  waste_seed_unknown_collection: {
    ...startingFile,
    message: {
      de: '{source}: {field}: Es gibt keinen Abfuhrbezirk „{collection}“ unter „collections“.',
      en: '{source}: {field}: there is no collection "{collection}" under "collections".',
    },
  },
  waste_seed_duplicate: {
    ...startingFile,
    message: {
      de: '{source}: {field}: „{name}“ steht zweimal in der Datei.',
      en: '{source}: {field}: "{name}" appears twice in the file.',
    },
  },
});

/** `throw wasteSeedError('waste_seed_unknown_tour', { source, field, tour })`. */
export const wasteSeedError = errorRaiser(wasteSeedErrors);
