import type { StaffBooking } from '../api.js';

/** Quotes a field when it must be (separator, quote, line break, edge spaces), doubling quotes. */
export function csvField(value: string | number | null | undefined, separator = ';'): string {
  let text = value === null || value === undefined ? '' : String(value);
  // A cell starting like a formula would be run by a spreadsheet: keep it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) ||
    text.includes('"') ||
    /[\r\n]/.test(text) ||
    text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

const HEADER = [
  'Beginn',
  'Ende',
  'Ressource',
  'Kurs',
  'Status',
  'Name',
  'E-Mail',
  'Organisation',
  'Gruppe',
  'Plätze',
  'Notiz',
  'Gebucht am',
];

/**
 * Bookings as CSV for German spreadsheets: `;`-separated, CRLF line ends, UTF-8 with a byte
 * order mark so Excel shows umlauts, times in the town's wall time.
 */
export function bookingsCsv(rows: StaffBooking[]): string {
  const lines = [
    HEADER,
    ...rows.map((b) => [
      b.startLocal.replace('T', ' '),
      b.endLocal.replace('T', ' '),
      b.resourceName.de,
      b.course?.title.de ?? '',
      b.status,
      b.name,
      b.email,
      b.organisation ?? '',
      b.group,
      b.seats,
      b.note ?? '',
      b.createdAt,
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map((c) => csvField(c)).join(';')).join('\r\n')}\r\n`;
}
