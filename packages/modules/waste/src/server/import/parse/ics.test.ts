import { describe, expect, it } from 'vitest';
import { catalogueError } from '../../../../test/catalogue-error.js';
import { parseIcs } from './ics.js';

const BERLIN = { timezone: 'Europe/Berlin' };

/** A calendar around the given lines of events (CRLF, as RFC 5545 writes it). */
const calendar = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Abfallwirtschaft//Kalender//DE',
    ...events.flatMap((lines, i) => [
      'BEGIN:VEVENT',
      ...(lines.some((l) => l.startsWith('UID')) ? [] : [`UID:event-${i}@abfall.example`]),
      ...lines,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');

const dates = (text: string) => parseIcs(text, BERLIN).pickups.map((p) => p.date);

describe('parseIcs', () => {
  it('reads all-day dates (VALUE=DATE) as written', () => {
    const parsed = parseIcs(
      calendar(['DTSTART;VALUE=DATE:20270105', 'DTEND;VALUE=DATE:20270106', 'SUMMARY:Papier']),
      BERLIN,
    );
    expect(parsed.pickups).toEqual([
      {
        location: null,
        label: 'Papier',
        date: '2027-01-05',
        cancelled: false,
        ref: 'UID event-0@abfall.example 2027-01-05',
      },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('places times with a TZID, UTC times and floating times on the town’s local date', () => {
    expect(
      dates(
        calendar(
          // 23:30 in New York is 05:30 the next morning in Berlin.
          ['DTSTART;TZID=America/New_York:20270105T233000', 'SUMMARY:Papier'],
          // 23:30 UTC is 00:30 the next day in Berlin (winter), 01:30 in summer.
          ['DTSTART:20270105T233000Z', 'SUMMARY:Papier'],
          ['DTSTART:20270705T223000Z', 'SUMMARY:Papier'],
          // 22:30 UTC in winter is still the same day in Berlin.
          ['DTSTART:20270105T223000Z', 'SUMMARY:Papier'],
          // A floating time means the town's own clock.
          ['DTSTART:20270105T233000', 'SUMMARY:Papier'],
          ['DTSTART;TZID=Europe/Berlin:20270105T063000', 'SUMMARY:Papier'],
        ),
      ),
    ).toEqual(['2027-01-06', '2027-01-06', '2027-07-06', '2027-01-05', '2027-01-05', '2027-01-05']);
  });

  it('maps Windows zone names to IANA zones', () => {
    const text = calendar([
      'DTSTART;TZID="W. Europe Standard Time":20270105T233000',
      'SUMMARY:Restabfall',
    ]).replace('BEGIN:VEVENT', 'BEGIN:VEVENT');
    const inLondon = parseIcs(text, { timezone: 'Europe/London' });
    // 23:30 in Berlin is 22:30 in London, the same day.
    expect(inLondon.pickups.map((p) => p.date)).toEqual(['2027-01-05']);
    const inNewYork = parseIcs(
      calendar(['DTSTART;TZID=Pacific Standard Time:20270105T180000', 'SUMMARY:Restabfall']),
      BERLIN,
    );
    // 18:00 in Los Angeles is 03:00 the next day in Berlin.
    expect(inNewYork.pickups.map((p) => p.date)).toEqual(['2027-01-06']);
    expect(inNewYork.warnings).toEqual([]);
  });

  it('reads a zone it does not know by the file’s VTIMEZONE, and warns when there is none', () => {
    const withZone = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VTIMEZONE',
      'TZID:Abfallzeit',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0300',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART;TZID=Abfallzeit:20270106T013000',
      'SUMMARY:Papier',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTART;TZID=Nirgendwo:20270106T013000',
      'SUMMARY:Papier',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const parsed = parseIcs(withZone, BERLIN);
    // 01:30 at +03:00 is 22:30 UTC the day before, 23:30 in Berlin.
    expect(parsed.pickups.map((p) => p.date)).toEqual(['2027-01-05', '2027-01-06']);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]?.message.de).toContain('„Nirgendwo“');
    expect(parsed.warnings[0]?.message.en).toContain('"Nirgendwo"');
  });

  it('keeps several waste types of one event in its label and strips prefixes and suffixes', () => {
    const parsed = parseIcs(
      calendar(
        ['DTSTART;VALUE=DATE:20270105', 'SUMMARY:Restabfall\\, Papier'],
        ['DTSTART;VALUE=DATE:20270106', 'SUMMARY:Abfuhr: Papier 4-wö.'],
        ['DTSTART;VALUE=DATE:20270107', 'SUMMARY:Leerung Bioabfall (2-wöchentlich)'],
        ['DTSTART;VALUE=DATE:20270108', 'SUMMARY:Abholung Gelbe Tonne 14-tägl. - Hagenow Nord'],
      ),
      BERLIN,
    );
    expect(parsed.pickups.map((p) => p.label)).toEqual([
      'Restabfall, Papier',
      'Papier',
      'Bioabfall',
      'Gelbe Tonne',
    ]);
  });

  it('expands RRULE without the EXDATE days and with overridden occurrences', () => {
    const parsed = parseIcs(
      calendar(
        [
          'UID:rest@abfall.example',
          'DTSTART;VALUE=DATE:20270105',
          'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=5',
          'EXDATE;VALUE=DATE:20270119',
          'SUMMARY:Restabfall',
        ],
        // A holiday shift: the pickup of 2 February moves to Wednesday 3 February.
        [
          'UID:rest@abfall.example',
          'RECURRENCE-ID;VALUE=DATE:20270202',
          'DTSTART;VALUE=DATE:20270203',
          'SUMMARY:Restabfall (verschoben)',
        ],
        // And the one of 16 February is cancelled.
        [
          'UID:rest@abfall.example',
          'RECURRENCE-ID;VALUE=DATE:20270216',
          'DTSTART;VALUE=DATE:20270216',
          'STATUS:CANCELLED',
          'SUMMARY:Restabfall',
        ],
      ),
      BERLIN,
    );
    expect(parsed.pickups.map((p) => [p.date, p.label, p.cancelled])).toEqual([
      ['2027-01-05', 'Restabfall', false],
      ['2027-02-03', 'Restabfall', false],
      ['2027-02-16', 'Restabfall', true],
      ['2027-03-02', 'Restabfall', false],
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('expands a weekly series with a TZID across the spring clock change on the right days', () => {
    expect(
      dates(
        calendar([
          'DTSTART;TZID=Europe/Berlin:20270322T063000',
          'RRULE:FREQ=WEEKLY;UNTIL=20270406T000000Z',
          'SUMMARY:Bioabfall',
        ]),
      ),
    ).toEqual(['2027-03-22', '2027-03-29', '2027-04-05']);
  });

  it('stops an endless series after three years and warns', () => {
    const parsed = parseIcs(
      calendar(['DTSTART;VALUE=DATE:20270105', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Restabfall']),
      BERLIN,
    );
    expect(parsed.pickups).toHaveLength(157);
    expect(parsed.pickups.at(-1)?.date).toBe('2030-01-01');
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]?.message.en).toContain('cut off');
    const daily = parseIcs(
      calendar(['DTSTART;VALUE=DATE:20270105', 'RRULE:FREQ=DAILY', 'SUMMARY:Restabfall']),
      BERLIN,
    );
    expect(daily.pickups).toHaveLength(1097);
  });

  it('marks cancelled events', () => {
    const parsed = parseIcs(
      calendar(['DTSTART;VALUE=DATE:20270105', 'STATUS:CANCELLED', 'SUMMARY:Papier']),
      BERLIN,
    );
    expect(parsed.pickups.map((p) => p.cancelled)).toEqual([true]);
  });

  it('warns about events without a date or with an unreadable one, and reads the rest', () => {
    const parsed = parseIcs(
      calendar(
        ['SUMMARY:Papier'],
        ['DTSTART;VALUE=DATE:20271345', 'SUMMARY:Papier'],
        ['DTSTART;VALUE=DATE:20270230', 'SUMMARY:Papier'],
        ['DTSTART:gestern', 'SUMMARY:Papier'],
        ['DTSTART;VALUE=DATE:20270105', 'RRULE:FREQ=SOMETIMES', 'SUMMARY:Papier'],
        ['DTSTART;VALUE=DATE:20270105', 'SUMMARY:'],
        ['DTSTART;VALUE=DATE:20270106', 'SUMMARY:Restabfall'],
      ),
      BERLIN,
    );
    expect(parsed.pickups.map((p) => p.date)).toEqual(['2027-01-06']);
    expect(parsed.warnings.map((w) => w.ref)).toEqual([
      'Zeile 4 UID event-0@abfall.example',
      'Zeile 8 UID event-1@abfall.example',
      'Zeile 13 UID event-2@abfall.example',
      'Zeile 18 UID event-3@abfall.example',
      'Zeile 23 UID event-4@abfall.example',
      'UID event-5@abfall.example 2027-01-05',
    ]);
    expect(parsed.warnings[0]?.message.de).toContain('kein Datum');
  });

  it('unfolds long lines and reads LF-only files', () => {
    const text = calendar(['DTSTART;VALUE=DATE:20270105', 'SUMMARY:Rest', ' abfall']).replace(
      /\r\n/g,
      '\n',
    );
    expect(parseIcs(text, BERLIN).pickups.map((p) => p.label)).toEqual(['Restabfall']);
  });

  it('exposes the calendar’s name, which may name the street', () => {
    const text = calendar(['DTSTART;VALUE=DATE:20270105', 'SUMMARY:Papier']).replace(
      'VERSION:2.0',
      'VERSION:2.0\r\nX-WR-CALNAME:Abfuhrtermine Bahnhofstraße',
    );
    expect(parseIcs(text, BERLIN).calendarName).toBe('Abfuhrtermine Bahnhofstraße');
  });

  it('refuses a file that is not iCalendar with a catalogue error naming the line', () => {
    const html = catalogueError(() => parseIcs('<!DOCTYPE html>\n<html></html>', BERLIN));
    expect(html.code).toBe('waste_invalid_file');
    expect(html.message).toContain('1');
    expect(html.message).toContain('<!DOCTYPE html>');
    const broken = catalogueError(() =>
      parseIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nKaputte Zeile\r\nEND:VCALENDAR', BERLIN),
    );
    expect(broken.message).toContain('3');
    expect(broken.message).toContain('Kaputte Zeile');
    const cut = catalogueError(() =>
      parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20270105\r\n', BERLIN),
    );
    expect(cut.message).toContain('BEGIN:VEVENT');
    expect(catalogueError(() => parseIcs('', BERLIN)).code).toBe('waste_invalid_file');
    const mismatched = catalogueError(() =>
      parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR', BERLIN),
    );
    expect(mismatched.message).toContain('END:VTODO');
  });
});

describe('parseIcs with rules ical.js cannot expand', () => {
  it('warns about the event and reads the others', () => {
    const parsed = parseIcs(
      calendar(
        ['DTSTART;VALUE=DATE:20270105', 'RRULE:FREQ=WEEKLY;BYMONTHDAY=31', 'SUMMARY:Papier'],
        ['DTSTART;VALUE=DATE:20270105', 'RRULE:FREQ=SECONDLY', 'SUMMARY:Papier'],
        ['DTSTART;VALUE=DATE:20270105', 'RRULE:FREQ=DAILY;INTERVAL=1000000', 'SUMMARY:Papier'],
        ['DTSTART;VALUE=DATE:20270106', 'SUMMARY:Restabfall'],
      ),
      BERLIN,
    );
    expect(parsed.pickups.map((p) => p.date)).toEqual(['2027-01-06']);
    // The unreadable interval is found before expansion, the others during it.
    expect(parsed.warnings.map((w) => w.ref)).toEqual([
      'Zeile 16 UID event-2@abfall.example',
      'Zeile 4 UID event-0@abfall.example',
      'Zeile 10 UID event-1@abfall.example',
    ]);
  });

  it('stops a series of more than 2,000 occurrences within three years', () => {
    const parsed = parseIcs(
      calendar(['DTSTART:20270105T060000Z', 'RRULE:FREQ=HOURLY', 'SUMMARY:Papier']),
      BERLIN,
    );
    expect(parsed.pickups).toHaveLength(2000);
    expect(parsed.warnings[0]?.message.de).toContain('2.000');
    expect(parsed.warnings[0]?.message.en).toContain('2,000');
  });

  it('reads floating times in the calendar’s X-WR-TIMEZONE', () => {
    const text = calendar(['DTSTART:20270105T233000', 'SUMMARY:Papier']).replace(
      'VERSION:2.0',
      'VERSION:2.0\r\nX-WR-TIMEZONE:America/New_York',
    );
    expect(parseIcs(text, BERLIN).pickups.map((p) => p.date)).toEqual(['2027-01-06']);
  });
});

describe('parseIcs with zone names of other programs', () => {
  it('reads "UTC" and a path-prefixed IANA name as TZIDs', () => {
    expect(
      dates(
        calendar(
          ['DTSTART;TZID=UTC:20270105T233000', 'SUMMARY:Papier'],
          ['DTSTART;TZID=/citadel.org/20210210_1/Europe/Berlin:20270105T233000', 'SUMMARY:Papier'],
        ),
      ),
    ).toEqual(['2027-01-06', '2027-01-05']);
  });
});
