import type { ParseWarning } from '../parsed.js';

/**
 * What the parsers skip, and why, in both languages. Staff read these in the dry run, so each
 * names where in the file (`ref`) and what to do about it.
 */
export const parseWarnings = {
  eventUnreadable: (ref: string): ParseWarning => ({
    message: {
      de: 'Termin übersprungen: Sein Datum oder seine Wiederholungsregel ist unlesbar.',
      en: 'Event skipped: its date or its recurrence rule cannot be read.',
    },
    ref,
  }),
  eventWithoutDate: (ref: string): ParseWarning => ({
    message: {
      de: 'Termin übersprungen: Er hat kein Datum (DTSTART).',
      en: 'Event skipped: it has no date (DTSTART).',
    },
    ref,
  }),
  eventWithoutLabel: (ref: string): ParseWarning => ({
    message: {
      de: 'Termin übersprungen: Er nennt keine Abfallart (SUMMARY ist leer).',
      en: 'Event skipped: it names no waste type (SUMMARY is empty).',
    },
    ref,
  }),
  unknownZone: (tzid: string): ParseWarning => ({
    message: {
      de: `Die Zeitzone „${tzid}“ ist unbekannt; ihre Uhrzeiten wurden als Ortszeit der Stadt gelesen.`,
      en: `The time zone "${tzid}" is unknown; its times were read as the town's local time.`,
    },
    ref: tzid,
  }),
  seriesCut: (ref: string, occurrences: number, years: number): ParseWarning => ({
    message: {
      de: `Serientermin nach ${occurrences.toLocaleString('de-DE')} Terminen oder ${years} Jahren abgeschnitten; spätere Termine fehlen.`,
      en: `Recurring event cut off after ${occurrences.toLocaleString('en-GB')} occurrences or ${years} years; later dates are missing.`,
    },
    ref,
  }),
  rowUnreadable: (ref: string, field: { de: string; en: string }): ParseWarning => ({
    message: {
      de: `Zeile übersprungen: ${field.de}.`,
      en: `Row skipped: ${field.en}.`,
    },
    ref,
  }),
};
