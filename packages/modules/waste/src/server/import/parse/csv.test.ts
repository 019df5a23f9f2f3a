import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueError } from '../../../../test/catalogue-error.js';
import { parseCsv, readDate } from './csv.js';
import { decodeText } from './decode.js';

describe('parseCsv', () => {
  it('reads a German export with ";" in ISO-8859-1: ranges, parity, areas, bad rows', () => {
    const bytes = readFileSync(
      new URL('../../../../test/fixtures/waste/abfuhr-2027-latin1.csv', import.meta.url),
    );
    const parsed = parseCsv(decodeText(bytes));
    expect(parsed.pickups).toEqual([
      {
        location: {
          kind: 'street',
          name: 'Bahnhofstraße',
          houseFrom: 1,
          houseTo: 19,
          parity: 'odd',
        },
        label: 'Restabfall',
        date: '2027-01-05',
        cancelled: false,
        ref: 'Zeile 2',
      },
      {
        location: {
          kind: 'street',
          name: 'Bahnhofstraße',
          houseFrom: 2,
          houseTo: 20,
          parity: 'even',
        },
        label: 'Restabfall',
        date: '2027-01-06',
        cancelled: false,
        ref: 'Zeile 3',
      },
      {
        location: { kind: 'street', name: 'Mühlenweg' },
        label: 'Papier, Pappe',
        date: '2027-01-07',
        cancelled: false,
        ref: 'Zeile 4',
      },
      {
        location: { kind: 'area', name: 'Granzin' },
        label: 'Gelber Sack',
        date: '2027-01-08',
        cancelled: false,
        ref: 'Zeile 5',
      },
    ]);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]?.ref).toBe('Zeile 6');
    expect(parsed.warnings[0]?.message.de).toContain('Datum');
    expect(parsed.warnings[0]?.message.en).toContain('date');
  });

  it('reads an English header with "," and quoted fields, the district beside the street', () => {
    const parsed = parseCsv(
      [
        'street,house numbers,district,type,date',
        '"Dr.-Raber-Straße","1–9",Hagenow Heide,"Abfuhr: Restabfall, Papier",2027-02-01',
        'Am Markt,,,Bioabfall 14-tägl.,1.2.27',
      ].join('\n'),
    );
    expect(parsed.pickups.map((p) => [p.location, p.label, p.date])).toEqual([
      [
        {
          kind: 'street',
          name: 'Dr.-Raber-Straße',
          district: 'Hagenow Heide',
          houseFrom: 1,
          houseTo: 9,
        },
        'Restabfall, Papier',
        '2027-02-01',
      ],
      [{ kind: 'street', name: 'Am Markt' }, 'Bioabfall', '2027-02-01'],
    ]);
  });

  it('accepts "Strasse", "Hausnummer" and columns in any order, without a house-number column', () => {
    const parsed = parseCsv('Datum;Abfallart;Strasse\n05.01.2027;Papier;Ringstraße\n');
    expect(parsed.pickups.map((p) => [p.location?.name, p.label])).toEqual([
      ['Ringstraße', 'Papier'],
    ]);
  });

  it('reads a range given in two columns "von" and "bis", with parity beside it', () => {
    const parsed = parseCsv(
      [
        'Straße;Hausnummer von;Hausnummer bis;Hausnummern;Abfallart;Datum',
        'Ringstraße;1;19;ungerade;Papier;05.01.2027',
        'Ringstraße;20;;;Papier;05.01.2027',
        'Ringstraße;;;;Papier;05.01.2027',
      ].join('\n'),
    );
    expect(parsed.pickups.map((p) => p.location)).toEqual([
      { kind: 'street', name: 'Ringstraße', houseFrom: 1, houseTo: 19, parity: 'odd' },
      { kind: 'street', name: 'Ringstraße', houseFrom: 20 },
      { kind: 'street', name: 'Ringstraße' },
    ]);
  });

  it('follows an Excel "sep=" line and keeps counting lines from the top', () => {
    const parsed = parseCsv(
      'sep=|\r\nStraße|Abfallart|Datum\r\nRingstraße|Papier, Pappe|05.01.2027\r\n',
    );
    expect(parsed.pickups.map((p) => [p.location?.name, p.label, p.ref])).toEqual([
      ['Ringstraße', 'Papier, Pappe', 'Zeile 3'],
    ]);
  });

  it('warns with the line number for each row it cannot use, and skips empty rows', () => {
    const parsed = parseCsv(
      [
        'Straße;Hausnummern;Abfallart;Datum',
        ';;Papier;05.01.2027',
        'Ringstraße;19-1;Papier;05.01.2027',
        'Ringstraße;;;05.01.2027',
        'Ringstraße;;Papier;',
        ';;;',
        'Ringstraße;;Papier;morgen',
        'Ringstraße;;Papier;05.01.2027',
      ].join('\r\n'),
    );
    expect(parsed.pickups.map((p) => p.ref)).toEqual(['Zeile 8']);
    expect(parsed.warnings.map((w) => w.ref)).toEqual([
      'Zeile 2',
      'Zeile 3',
      'Zeile 4',
      'Zeile 5',
      'Zeile 7',
    ]);
    expect(parsed.warnings[1]?.message.de).toContain('Hausnummern');
  });

  it('refuses a file without a usable header, naming the expected columns', () => {
    const error = catalogueError(() => parseCsv('Bahnhofstraße;Restabfall;05.01.2027\n'));
    expect(error.code).toBe('waste_invalid_file');
    expect(error.message).toContain('Straße/street, Abfallart/type, Datum/date');
    expect(catalogueError(() => parseCsv('Straße;Datum\nA;05.01.2027')).message).toContain(
      'Abfallart/type',
    );
    expect(catalogueError(() => parseCsv('')).code).toBe('waste_invalid_file');
  });

  it('refuses a quote that is never closed, naming the line', () => {
    const error = catalogueError(() => parseCsv('Straße;Abfallart;Datum\nA;"Papier;05.01.2027\n'));
    expect(error.code).toBe('waste_invalid_file');
    expect(error.message).toMatch(/\d/);
  });
});

describe('readDate', () => {
  it('reads ISO and German dates and refuses impossible ones', () => {
    expect(readDate('2027-01-05')).toBe('2027-01-05');
    expect(readDate('05.01.2027')).toBe('2027-01-05');
    expect(readDate('5.1.2027')).toBe('2027-01-05');
    expect(readDate('29.02.2028')).toBe('2028-02-29');
    expect(readDate('29.02.2027')).toBeUndefined();
    expect(readDate('2027-13-01')).toBeUndefined();
    expect(readDate('01/05/2027')).toBeUndefined();
  });
});
