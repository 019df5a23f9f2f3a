import { defineErrors, errorRaiser } from '@city-app/core';

// Every refusal of a file shares the code and title; the message says what is wrong and,
// where the file shows it, on which line, so staff can open the file there.
const unreadableFile = {
  code: 'waste_invalid_file',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Datei nicht lesbar', en: 'File not readable' },
} as const;

const icsHint = {
  de: 'Laden Sie die .ics-Datei des Abfallkalenders erneut herunter; sie beginnt mit „BEGIN:VCALENDAR“ und endet mit „END:VCALENDAR“. Eine Webseite oder ein PDF lässt sich nicht einlesen.',
  en: 'Download the waste calendar’s .ics file again; it begins with "BEGIN:VCALENDAR" and ends with "END:VCALENDAR". A web page or a PDF cannot be read.',
} as const;

/** What the waste calendar refuses in the authority's files (iCalendar, CSV, Smart Village App). */
export const wasteParseErrors = defineErrors({
  waste_file_too_large: {
    ...unreadableFile,
    status: 413,
    message: {
      de: 'Die Datei ist größer als {limit} MB; größere Dateien werden nicht angenommen.',
      en: 'The file is larger than {limit} MB; larger files are not accepted.',
    },
    hint: {
      de: 'Teilen Sie die Datei, z. B. eine Datei je Straße oder Ortsteil.',
      en: 'Split the file, e.g. one file per street or district.',
    },
  },
  // The number as each language writes it; MAX_PICKUPS in the parsers is the same.
  waste_file_too_many_pickups: {
    ...unreadableFile,
    status: 413,
    message: {
      de: 'Die Datei enthält mehr als 50.000 Abholtermine.',
      en: 'The file holds more than 50,000 pickups.',
    },
    hint: {
      de: 'Teilen Sie die Datei, oder prüfen Sie Serientermine ohne Ende (RRULE ohne UNTIL/COUNT).',
      en: 'Split the file, or check for recurring events without an end (RRULE without UNTIL/COUNT).',
    },
  },
  waste_file_unknown_charset: {
    ...unreadableFile,
    message: {
      de: 'Die Zeichenkodierung „{charset}“ ist unbekannt.',
      en: 'The character encoding "{charset}" is unknown.',
    },
    hint: {
      de: 'Geben Sie UTF-8 oder ISO-8859-1 an, oder lassen Sie die Angabe weg: Die Kodierung wird dann erkannt.',
      en: 'Give UTF-8 or ISO-8859-1, or leave it out: the encoding is then detected.',
    },
  },
  waste_ics_no_calendar: {
    ...unreadableFile,
    message: {
      de: 'Die Datei ist kein iCalendar (.ics): Zeile {line} lautet „{text}“, erwartet wird „BEGIN:VCALENDAR“.',
      en: 'The file is not iCalendar (.ics): line {line} reads "{text}", expected "BEGIN:VCALENDAR".',
    },
    hint: icsHint,
  },
  waste_ics_bad_line: {
    ...unreadableFile,
    message: {
      de: 'Die iCalendar-Datei ist beschädigt: Zeile {line} („{text}“) hat nicht die Form „NAME:Wert“.',
      en: 'The iCalendar file is damaged: line {line} ("{text}") does not read "NAME:value".',
    },
    hint: icsHint,
  },
  waste_ics_unbalanced: {
    ...unreadableFile,
    message: {
      de: 'Die iCalendar-Datei ist unvollständig: „{text}“ in Zeile {line} hat kein passendes BEGIN oder END.',
      en: 'The iCalendar file is incomplete: "{text}" on line {line} has no matching BEGIN or END.',
    },
    hint: icsHint,
  },
  waste_ics_unreadable: {
    ...unreadableFile,
    message: {
      de: 'Die iCalendar-Datei lässt sich nicht lesen.',
      en: 'The iCalendar file cannot be read.',
    },
    hint: icsHint,
  },
  waste_csv_no_header: {
    ...unreadableFile,
    message: {
      de: 'Die CSV-Datei hat keine erkennbare Kopfzeile; es fehlt: {missing}.',
      en: 'The CSV file has no recognisable header row; missing: {missing}.',
    },
    hint: {
      de: 'Die erste Zeile nennt die Spalten, getrennt durch „;“ oder „,“: Straße (oder Ortsteil), Hausnummern (optional), Abfallart, Datum — z. B. „Straße;Hausnummern;Abfallart;Datum“.',
      en: 'The first line names the columns, separated by ";" or ",": street (or district), house numbers (optional), type, date — e.g. "street,house numbers,type,date".',
    },
  },
  waste_csv_unreadable: {
    ...unreadableFile,
    message: {
      de: 'Die CSV-Datei lässt sich ab Zeile {line} nicht lesen.',
      en: 'The CSV file cannot be read from line {line} on.',
    },
    hint: {
      de: 'Prüfen Sie die Anführungszeichen in dieser Zeile: Ein Feld in "…" muss auch mit " enden.',
      en: 'Check the quotes on that line: a field opened with " must also end with ".',
    },
  },
});

/** `throw wasteParseError('waste_file_too_large', { size, limit })`. */
export const wasteParseError = errorRaiser(wasteParseErrors);
