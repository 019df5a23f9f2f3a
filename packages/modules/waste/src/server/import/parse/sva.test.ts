import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { parseSva } from './sva.js';

const BERLIN = { timezone: 'Europe/Berlin' };
const fixture = decodeText(
  readFileSync(new URL('../../../../test/fixtures/waste/sva-bahnhofstrasse.ics', import.meta.url)),
);

describe('parseSva', () => {
  it('reads the Smart Village App’s per-street export: street, labels without prefix, dates', () => {
    const parsed = parseSva(fixture, BERLIN);
    expect(parsed.calendarName).toBe('Bahnhofstraße');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.pickups.map((p) => [p.date, p.label])).toEqual([
      ['2027-01-06', 'Restmüll'],
      ['2027-01-13', 'Papiertonne'],
      ['2027-01-15', 'Gelbe Tonne'],
      ['2027-01-20', 'Restmüll'],
      ['2027-01-20', 'Biotonne'],
      ['2027-01-27', 'Weihnachtsbäume'],
    ]);
    expect(new Set(parsed.pickups.map((p) => JSON.stringify(p.location)))).toEqual(
      new Set([JSON.stringify({ kind: 'street', name: 'Bahnhofstraße' })]),
    );
  });

  it('takes the street from the calendar’s or the event’s description when LOCATION is missing', () => {
    const withoutLocation = fixture.replace(/^LOCATION:.*\r\n/gm, '');
    expect(parseSva(withoutLocation, BERLIN).pickups[0]?.location).toEqual({
      kind: 'street',
      name: 'Bahnhofstraße',
    });
    const onlyEvents = withoutLocation.replace(/^(X-WR-CALDESC|DESCRIPTION:Alle).*\r\n/gm, '');
    expect(parseSva(onlyEvents, BERLIN).pickups[0]?.location).toEqual({
      kind: 'street',
      name: 'Bahnhofstraße',
    });
  });

  it('reads an address with a house number as that house of the street', () => {
    const numbered = fixture.replace(/Bahnhofstraße\\, 19230/g, 'Bahnhofstraße 12a\\, 19230');
    expect(parseSva(numbered, BERLIN).pickups[0]?.location).toEqual({
      kind: 'street',
      name: 'Bahnhofstraße',
      houseFrom: 12,
      houseTo: 12,
    });
  });

  it('leaves the location open when the file names none', () => {
    const anonymous = fixture
      .replace(/^(LOCATION|X-WR-CALDESC|DESCRIPTION).*\r\n/gm, '')
      .replace('X-WR-CALNAME:Abfallkalender', 'X-WR-CALNAME:Abfall');
    const parsed = parseSva(anonymous, BERLIN);
    expect(parsed.pickups[0]?.location).toBeNull();
    expect(parsed.calendarName).toBe('Abfall');
  });
});
