import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { wasteParseError } from '../../../errors/parse.js';
import { labelKey } from '../labels/label-key.js';
import type { ParsedCalendar, ParsedLocation } from '../parsed.js';
import { parseHouseNumbers } from './house-numbers.js';
import { cleanLabel } from './label.js';
import { assertPickupCount } from './limits.js';
import { parseWarnings } from './warnings.js';

type Column = 'street' | 'houseNumbers' | 'houseFrom' | 'houseTo' | 'district' | 'type' | 'date';

// The header texts each column goes by, as label keys (lower case, no spaces or umlauts).
const HEADERS: Record<Column, string[]> = {
  street: ['strasse', 'str', 'strassenname', 'street', 'streetname'],
  houseNumbers: ['hausnummer', 'hausnummern', 'hausnr', 'nr', 'housenumber', 'housenumbers'],
  // Some tables give the range in two columns.
  houseFrom: ['hausnummervon', 'hausnrvon', 'von', 'nrvon', 'from', 'housenumberfrom'],
  houseTo: ['hausnummerbis', 'hausnrbis', 'bis', 'nrbis', 'to', 'housenumberto'],
  district: ['ortsteil', 'ort', 'gebiet', 'bezirk', 'district', 'area'],
  type: ['abfallart', 'art', 'abfall', 'fraktion', 'tonne', 'type', 'wastetype', 'waste'],
  date: ['datum', 'termin', 'abfuhrtermin', 'abholtermin', 'abfuhrdatum', 'date', 'pickupdate'],
};

const FIELD = {
  street: { de: 'Straße oder Ortsteil fehlt', en: 'street or district missing' },
  type: { de: 'Abfallart fehlt', en: 'waste type missing' },
  date: {
    de: 'Datum fehlt oder ist unlesbar (erwartet: 2027-01-05 oder 05.01.2027)',
    en: 'date missing or unreadable (expected: 2027-01-05 or 05.01.2027)',
  },
  houseNumbers: {
    de: 'Hausnummern unlesbar (erwartet z. B. „1-19“, „2-20 gerade“, „ungerade“)',
    en: 'house numbers unreadable (expected e.g. "1-19", "2-20 gerade", "ungerade")',
  },
};

/**
 * A CSV table of the authority → pickups, one per row: street (or, for a village, only the
 * district), house numbers (optional; empty = the whole street), waste type and date.
 * Separated by ";" (German spreadsheets) or "," — whichever the header row uses — with a
 * header in German or English. A row it cannot read becomes a warning naming its line.
 */
export function parseCsv(text: string): ParsedCalendar {
  const records = readRecords(text);
  const header = records[0];
  const columns = header ? columnsOf(header.record) : new Map<Column, number>();
  const missing = [
    ...(columns.has('street') || columns.has('district') ? [] : ['Straße/street']),
    ...(columns.has('type') ? [] : ['Abfallart/type']),
    ...(columns.has('date') ? [] : ['Datum/date']),
  ];
  if (missing.length > 0)
    throw wasteParseError('waste_csv_no_header', { missing: missing.join(', ') });

  const calendar: ParsedCalendar = { pickups: [], warnings: [] };
  for (const { record, line } of records.slice(1)) {
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const ref = `Zeile ${line}`;
    const skip = (field: (typeof FIELD)[keyof typeof FIELD]) =>
      calendar.warnings.push(parseWarnings.rowUnreadable(ref, field));
    if (record.every((value) => value.trim() === '')) continue;
    const location = locationOf(cell('street'), cell('district'), houseNumbersOf(cell));
    const date = readDate(cell('date'));
    if (location === 'no-place') skip(FIELD.street);
    else if (location === 'bad-numbers') skip(FIELD.houseNumbers);
    else if (cell('type') === '') skip(FIELD.type);
    else if (!date) skip(FIELD.date);
    else {
      calendar.pickups.push({
        location,
        label: cleanLabel(cell('type')),
        date,
        cancelled: false,
        ref,
      });
      assertPickupCount(calendar.pickups.length);
    }
  }
  return calendar;
}

function readRecords(text: string): { record: string[]; line: number }[] {
  try {
    // With `info`, each row is { record, info } (the types do not follow that option).
    // Excel writes "sep=;" as the first line when asked to name the separator.
    const sep = /^\ufeff?sep=(.)\s*(?:\r\n|\n|\r)/i.exec(text);
    const rows = parse(text, {
      delimiter: sep?.[1] ?? detectDelimiter(text),
      from_line: sep ? 2 : 1,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return rows.map(({ record, info }) => ({ record, line: info.lines }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : 1;
    throw wasteParseError('waste_csv_unreadable', { line });
  }
}

/** The separator the header row uses most, outside quotes: ";", "," or a tab. */
function detectDelimiter(text: string): string {
  const header = (text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '').replace(
    /"[^"]*"/g,
    '',
  );
  const count = (c: string) => header.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

function columnsOf(header: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((text, index) => {
    const key = labelKey(text);
    for (const [column, names] of Object.entries(HEADERS) as [Column, string[]][]) {
      if (names.includes(key) && !columns.has(column)) columns.set(column, index);
    }
  });
  return columns;
}

/** The house numbers of a row, from one column ("1-19 ungerade") or two ("von", "bis"). */
function houseNumbersOf(cell: (column: Column) => string): string {
  const from = cell('houseFrom');
  const to = cell('houseTo');
  const range = from && to ? `${from}-${to}` : from ? `ab ${from}` : to ? `bis ${to}` : '';
  return `${range} ${cell('houseNumbers')}`.trim();
}

function locationOf(
  street: string,
  district: string,
  houseNumbers: string,
): ParsedLocation | 'no-place' | 'bad-numbers' {
  if (street === '') {
    return district === '' ? 'no-place' : { kind: 'area', name: district };
  }
  const range = parseHouseNumbers(houseNumbers);
  if (!range) return 'bad-numbers';
  return { kind: 'street', name: street, ...(district ? { district } : {}), ...range };
}

/** "2027-01-05", "05.01.2027", "5.1.2027" or "05.01.27" → "2027-01-05"; undefined otherwise. */
export function readDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : german
      ? [
          Number(german[3]) + ((german[3] ?? '').length === 2 ? 2000 : 0),
          Number(german[2]),
          Number(german[1]),
        ]
      : [0, 0, 0];
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
