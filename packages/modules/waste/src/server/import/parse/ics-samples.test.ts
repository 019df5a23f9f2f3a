import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { parseIcs } from './ics.js';

const BERLIN = { timezone: 'Europe/Berlin' };
const sample = (name: string) =>
  decodeText(readFileSync(new URL(`../../../../test/fixtures/icalendar/${name}`, import.meta.url)));

// Real files written by calendar programs (see test/fixtures/icalendar/SOURCE.md).
describe('parseIcs on real calendar files', () => {
  it('reads eM Client’s Windows zone with a VTIMEZONE from the year 0001', () => {
    const parsed = parseIcs(sample('node-ical_vtimezone-year-0001-dtstart.ics'), BERLIN);
    expect(parsed.pickups.map((p) => [p.date, p.label])).toEqual([
      ['2024-06-01', 'Test event with year-0001 VTIMEZONE'],
    ]);
    expect(parsed.warnings).toEqual([]);
    // 10:00 in Berlin's summer is 17:00 in Tokyo, the same day; 23:30 would not be.
    expect(
      parseIcs(sample('node-ical_vtimezone-year-0001-dtstart.ics'), {
        timezone: 'Pacific/Kiritimati',
      }).pickups[0]?.date,
    ).toBe('2024-06-01');
  });

  it('reads Thunderbird’s daily series with UNTIL and two moved occurrences', () => {
    const parsed = parseIcs(sample('ics-parser_issue-196.ics'), BERLIN);
    expect(parsed.pickups.map((p) => p.date)).toEqual([
      '2019-11-05',
      '2019-11-06',
      '2019-11-07',
      '2019-11-08',
      '2019-11-09',
      '2019-11-10',
      '2019-11-11',
    ]);
    expect(parsed.calendarName).toBe('Test-Calendar');
    expect(parsed.warnings).toEqual([]);
  });

  it('reads SabreDAV’s all-day event that also carries a TZID', () => {
    const parsed = parseIcs(sample('node-ical_sabredav-school-holidays.ics'), BERLIN);
    expect(parsed.pickups.map((p) => [p.date, p.label, p.cancelled])).toEqual([
      ['2018-07-02', 'Sommerferien Sachsen', false],
    ]);
    expect(parsed.calendarName).toBe('Schulferien');
  });
});
