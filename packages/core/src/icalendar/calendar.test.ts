import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { instantToLocal, localToInstant, offsetAt } from '../time/zone.js';
import { isRepeatedWallTime } from '../time/zone-rules.js';
import { type CalendarEvent, writeCalendar } from './calendar.js';

const BERLIN = 'Europe/Berlin';
const NOW = new Date('2026-03-01T08:00:00Z');
const options = { productId: '-//city-app//test//DE', timezone: BERLIN, now: NOW };

/** Parses with ical.js, placing local times only by the VTIMEZONE in the text. */
function parse(text: string, timezone = BERLIN) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(zone, timezone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, zone, events };
}

const event = (start: string, end?: string, summary = 'Termin'): CalendarEvent => ({
  uid: `${start}@hagenow.de`,
  start,
  ...(end ? { end } : {}),
  summary,
});

/** Compares ical.js's offsets for wall times with the zone database every 6 hours. */
function expectSameOffsets(zone: ICAL.Timezone, timeZone: string, from: number, to: number) {
  let compared = 0;
  for (let t = Date.UTC(from, 0, 1); t < Date.UTC(to + 1, 0, 1); t += 6 * 3_600_000) {
    // A wall time that occurs twice names two instants; the writer never uses one.
    if (isRepeatedWallTime(t, timeZone)) continue;
    const { date, minutes } = instantToLocal(t, timeZone);
    if (localToInstant(date, minutes, timeZone) !== t) continue;
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const wall = new ICAL.Time(
      { year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 },
      zone,
    );
    expect(zone.utcOffset(wall) * 1000).toBe(offsetAt(t, timeZone));
    compared++;
  }
  expect(compared).toBeGreaterThan(1000 * (to - from + 1));
}

describe('writeCalendar', () => {
  it('writes a summer and a winter event in local time that ical.js reads at the same instants', () => {
    const summer = event('2026-07-14T16:00:00.000Z', '2026-07-14T18:30:00.000Z');
    const winter = event('2026-12-03T17:00:00.000Z', '2026-12-03T18:00:00.000Z');
    const text = writeCalendar([summer, winter], options);
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260714T180000');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261203T180000');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    const { events } = parse(text);
    expect(
      events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]),
    ).toEqual([summer, winter].map((e) => [e.start, e.end]));
    expect(events.map((e) => e.uid)).toEqual([summer.uid, winter.uid]);
  });

  it('gives ical.js the offsets of the zone database around every change of the years it covers', () => {
    const text = writeCalendar(
      [event('2024-05-01T10:00:00.000Z'), event('2027-05-01T10:00:00.000Z')],
      options,
    );
    expectSameOffsets(parse(text).zone, BERLIN, 2024, 2027);
  });

  it('lists each change of a zone without a last-Sunday rule, and writes zones without DST', () => {
    const york = { ...options, timezone: 'America/New_York' };
    const text = writeCalendar([event('2026-06-01T12:00:00.000Z')], york);
    // The second Sunday of March is no "last Sunday": 2025 (a year early) to 2026, each listed.
    expect(text.match(/BEGIN:DAYLIGHT/g)).toHaveLength(2);
    expectSameOffsets(parse(text, york.timezone).zone, york.timezone, 2026, 2026);
    const kolkata = writeCalendar([event('2026-06-01T12:00:00.000Z')], {
      ...options,
      timezone: 'Asia/Kolkata',
    });
    expect(kolkata).toContain('TZOFFSETTO:+0530');
    expect(kolkata).not.toContain('BEGIN:DAYLIGHT');
    const { events } = parse(kolkata, 'Asia/Kolkata');
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-06-01T12:00:00.000Z');
  });

  it('writes both instants of the repeated autumn hour so that they cannot be misread', () => {
    const first = event('2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z');
    const second = event('2026-10-25T01:30:00.000Z', '2026-10-25T02:30:00.000Z');
    const text = writeCalendar([first, second], options);
    expect(text).toContain('DTSTART:20261025T003000Z');
    expect(text).toContain('DTSTART:20261025T013000Z');
    const { events } = parse(text);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      first.start,
      second.start,
    ]);
    expect(events.map((e) => e.endDate.toJSDate().toISOString())).toEqual([first.end, second.end]);
  });

  it('writes all-day events as dates', () => {
    const text = writeCalendar([event('2026-03-29', '2026-03-30')], options);
    expect(text).toContain('DTSTART;VALUE=DATE:20260329');
    const start = parse(text).events[0]?.startDate;
    expect([start?.isDate, start?.toString()]).toEqual([true, '2026-03-29']);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and reads them back', () => {
    const summary = 'Seminarraum, groß; 1. OG \\ Nord';
    const description = 'Zeile 1\r\nZeile 2\nZeile 3';
    const text = writeCalendar(
      [{ ...event('2026-05-04T08:00:00.000Z'), summary, description, location: 'A, B; C' }],
      options,
    );
    expect(text).toContain('SUMMARY:Seminarraum\\, groß\\; 1. OG \\\\ Nord');
    expect(text).toContain('DESCRIPTION:Zeile 1\\nZeile 2\\nZeile 3');
    const read = parse(text).events[0] as ICAL.Event;
    expect([read.summary, read.description, read.location]).toEqual([
      summary,
      'Zeile 1\nZeile 2\nZeile 3',
      'A, B; C',
    ]);
  });

  it('folds lines at 75 octets without splitting a character, and ends every line with CRLF', () => {
    const summary = `Öffnungszeiten ${'ä€'.repeat(80)} 🙂 Ende`;
    const text = writeCalendar([{ ...event('2026-05-04T08:00:00.000Z'), summary }], options);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    expect((parse(text).events[0] as ICAL.Event).summary).toBe(summary);
  });

  it('writes the calendar properties a subscription and a single .ics need', () => {
    const text = writeCalendar([], {
      ...options,
      name: 'Meine Termine – HageNOW!, Hagenow; MV',
      refreshInterval: 'PT4H',
      method: 'PUBLISH',
    });
    const { calendar } = parse(text);
    expect(text).toContain('X-WR-CALNAME:Meine Termine – HageNOW!\\, Hagenow\\; MV');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Meine Termine – HageNOW!, Hagenow; MV',
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT4H');
    expect(text).toContain('DTSTART:20250330T020000'); // the VTIMEZONE still covers this year
  });
});
