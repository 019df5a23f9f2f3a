import { defineErrors, errorRaiser } from '@city-app/core';

/** What an import of the authority's calendar can refuse, in both languages. */
export const importErrors = defineErrors({
  waste_import_location_required: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Straße fehlt', en: 'Street missing' },
    message: {
      de: 'Die Datei nennt zu {count} Terminen keine Straße oder kein Gebiet.',
      en: 'The file names no street or area for {count} pickups.',
    },
    hint: {
      de: 'Wählen Sie die Straße oder das Gebiet, für das die Datei gilt (bei einer Datei je Straße).',
      en: 'Choose the street or area the file is for (for a file per street).',
    },
  },
  waste_import_file_too_large: {
    status: 413,
    exit: 'invalid_input',
    title: { de: 'Datei zu groß', en: 'File too large' },
    message: {
      de: 'Die Datei ist größer als {limit}.',
      en: 'The file is larger than {limit}.',
    },
    hint: {
      de: 'Teilen Sie den Kalender auf mehrere Dateien auf.',
      en: 'Split the calendar into several files.',
    },
  },
  waste_import_no_file: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Keine Datei', en: 'No file' },
    message: {
      de: 'Geben Sie entweder eine Datei oder eine Adresse an, nicht beides und nicht keins.',
      en: 'Give either a file or an address, not both and not neither.',
    },
    hint: {
      de: 'Laden Sie die Datei hoch oder tragen Sie die https-Adresse des Kalenders ein.',
      en: 'Upload the file or enter the calendar’s https address.',
    },
  },
  waste_import_empty: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Keine Termine', en: 'No pickups' },
    message: {
      de: 'In der Datei steht kein einziger Abfuhrtermin.',
      en: 'The file holds no pickup at all.',
    },
    hint: {
      de: 'Prüfen Sie, ob Sie das richtige Format gewählt haben.',
      en: 'Check that you chose the right format.',
    },
  },
  waste_source_fetch_failed: {
    status: 502,
    exit: 'problems',
    title: { de: 'Kalender nicht abrufbar', en: 'Calendar not available' },
    message: {
      de: 'Der Kalender unter {url} konnte nicht abgerufen werden: {reason}.',
      en: 'The calendar at {url} could not be fetched: {reason}.',
    },
    hint: {
      de: 'Prüfen Sie die Adresse im Browser; der nächste Abruf versucht es erneut.',
      en: 'Check the address in a browser; the next sync tries again.',
    },
  },
  waste_source_too_large: {
    status: 502,
    exit: 'problems',
    title: { de: 'Kalender zu groß', en: 'Calendar too large' },
    message: {
      de: 'Der Kalender unter {url} ist größer als {limit}.',
      en: 'The calendar at {url} is larger than {limit}.',
    },
    hint: {
      de: 'Fragen Sie den Entsorger nach einer Datei je Straße oder Gebiet.',
      en: 'Ask the authority for a file per street or area.',
    },
  },
});

/** `throw importError('waste_import_empty', {})`. */
export const importError = errorRaiser(importErrors);
