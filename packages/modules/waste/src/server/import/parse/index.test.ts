import { readFileSync } from 'node:fs';
import { CityAppError } from '@city-app/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueError } from '../../../../test/catalogue-error.js';
import { MAX_FILE_BYTES, parseCalendar } from './index.js';

const BERLIN = { timezone: 'Europe/Berlin' };
const encode = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/waste/${name}`, import.meta.url));

describe('parseCalendar', () => {
  it('reads an ISO-8859-1 iCalendar file without mojibake', () => {
    const parsed = parseCalendar(fixture('latin1-muehlenstrasse.ics'), 'ics', BERLIN);
    expect(parsed.calendarName).toBe('Mühlenstraße');
    expect(parsed.pickups.map((p) => [p.date, p.label])).toEqual([
      ['2027-01-12', 'Restmüll'],
      ['2027-01-14', 'Weihnachtsbäume'],
    ]);
  });

  it('reads each format by the name given', () => {
    expect(
      parseCalendar(fixture('sva-bahnhofstrasse.ics'), 'sva', BERLIN).pickups[0]?.location,
    ).toEqual({ kind: 'street', name: 'Bahnhofstraße' });
    expect(
      parseCalendar(fixture('sva-bahnhofstrasse.ics'), 'ics', BERLIN).pickups[0]?.location,
    ).toBeNull();
    expect(parseCalendar(fixture('abfuhr-2027-latin1.csv'), 'csv', BERLIN).pickups).toHaveLength(4);
  });

  it('refuses files over 5 MB', () => {
    const error = catalogueError(() =>
      parseCalendar(new Uint8Array(MAX_FILE_BYTES + 1), 'ics', BERLIN),
    );
    expect(error.code).toBe('waste_invalid_file');
    expect(error.status).toBe(413);
    expect(error.message).toContain('5');
  });

  it('refuses more than 50,000 pickups', () => {
    const rows = Array.from({ length: 50_001 }, (_, i) => `S${i % 500};Papier;2027-01-05`);
    const error = catalogueError(() =>
      parseCalendar(encode(`Straße;Abfallart;Datum\n${rows.join('\n')}`), 'csv', BERLIN),
    );
    expect(error.render('de').message).toContain('50.000');
    expect(error.render('en').message).toContain('50,000');
    // An iCalendar series counts every day it expands to.
    const events = Array.from({ length: 50 }, (_, i) =>
      [
        'BEGIN:VEVENT',
        `UID:${i}`,
        'DTSTART;VALUE=DATE:20270101',
        'RRULE:FREQ=DAILY;COUNT=1500',
        'SUMMARY:Papier',
        'END:VEVENT',
      ].join('\r\n'),
    );
    const ics = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${events.join('\r\n')}\r\nEND:VCALENDAR\r\n`;
    expect(catalogueError(() => parseCalendar(encode(ics), 'ics', BERLIN)).status).toBe(413);
  });

  it('throws nothing but catalogue errors for random bytes, in every format', () => {
    const formats = ['ics', 'csv', 'sva'] as const;
    const icsish = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'BEGIN:VCALENDAR',
            'END:VCALENDAR',
            'BEGIN:VEVENT',
            'END:VEVENT',
            'BEGIN:VTIMEZONE',
            'END:VTIMEZONE',
            'DTSTART;VALUE=DATE:20270105',
            'DTSTART:20270105T233000Z',
            'DTSTART;TZID=W. Europe Standard Time:20270105T233000',
            'RRULE:FREQ=WEEKLY',
            'RRULE:FREQ=DAILY;COUNT=3',
            'RRULE:FREQ=SECONDLY',
            'RRULE:FREQ=WEEKLY;BYMONTHDAY=31',
            'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
            'DTSTART:20270105T233000',
            'TZOFFSETFROM:+0100',
            'TZOFFSETTO:+0200',
            'TZID:Abfallzeit',
            'BEGIN:STANDARD',
            'END:STANDARD',
            'DTSTART;TZID=Abfallzeit:20270105T233000',
            'EXDATE:20270112',
            'RECURRENCE-ID:20270112',
            'STATUS:CANCELLED',
            'SUMMARY:Abfuhr: Papier 4-wö.',
            'UID:x',
            ' folded',
          ),
          fc.string({ maxLength: 30 }),
        ),
        { maxLength: 30 },
      )
      .map((lines) => encode(lines.join('\r\n')));
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 400 }), icsish),
        fc.constantFrom(...formats),
        (bytes, format) => {
          try {
            const parsed = parseCalendar(bytes, format, BERLIN);
            for (const pickup of parsed.pickups) expect(pickup.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          } catch (error) {
            if (!(error instanceof CityAppError)) throw error;
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
