import { defineErrors, errorRaiser } from '@city-app/core';

// Every problem of the starting events shares the code, title and hint; the message names
// the entry, so the town finds the line to fix.
const startingFile = {
  code: 'invalid_content',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Ungültige Start-Veranstaltungen', en: 'Invalid starting events' },
  hint: {
    de: 'Korrigieren Sie die genannte Stelle in content/events/events.yaml und starten Sie den Server erneut; bis dahin wird nichts aus der Datei geladen.',
    en: 'Correct the named place in content/events/events.yaml and start the server again; nothing of the file is loaded until then.',
  },
} as const;

/** What the events module refuses in the town's starting events (`content/events/`). */
export const eventSeedErrors = defineErrors({
  events_seed_not_yaml: {
    ...startingFile,
    message: {
      de: '{source}, Zeile {line}: kein gültiges YAML ({reason}).',
      en: '{source}, line {line}: not valid YAML ({reason}).',
    },
  },
  events_seed_invalid: {
    ...startingFile,
    message: { de: '{source}: {field}: {problem}', en: '{source}: {field}: {problem}' },
  },
  events_seed_unknown_venue: {
    ...startingFile,
    message: {
      de: '{source}: {field}: Es gibt keinen Ort „{venue}“ unter „venues“.',
      en: '{source}: {field}: there is no venue "{venue}" under "venues".',
    },
  },
});

export const eventSeedError = errorRaiser(eventSeedErrors);
