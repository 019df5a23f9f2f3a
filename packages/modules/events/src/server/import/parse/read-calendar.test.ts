import { describe, expect, it } from 'vitest';
import { sampleCalendar } from '../testing/samples.js';
import { readCalendar } from './read-calendar.js';

const BERLIN = { timeZone: 'Europe/Berlin' };
const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//DE', ...lines, 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];

describe('readCalendar on real calendar files', () => {
  it('reads Thunderbird’s daily series: UNTIL in UTC kept to its last day, overrides as moves', () => {
    const reading = readCalendar(sampleCalendar('ics-parser_issue-196.ics'), BERLIN);
    expect(reading.warnings).toEqual([]);
    expect(reading.name).toBe('Test-Calendar');
    const [event] = reading.events;
    expect(event).toMatchObject({
      uid: '529b1ea3-8de8-484d-b878-c20c7fb72bf5',
      summary: 'test',
      start: { date: '2019-11-05', minute: 19 * 60 },
      end: { date: '2019-11-05', minute: 22 * 60 },
      // 18:00 UTC is 19:00 in Berlin: the 11th is still in the series.
      rrule: 'FREQ=DAILY;UNTIL=20191111T190000',
      exceptions: [
        {
          originalDate: '2019-11-09',
          kind: 'moved',
          movedTo: '2019-11-09',
          movedStartMinute: 17 * 60,
          movedEndMinute: 22 * 60,
        },
        {
          originalDate: '2019-11-10',
          kind: 'moved',
          movedTo: '2019-11-10',
          movedStartMinute: 18 * 60,
          movedEndMinute: 22 * 60,
        },
      ],
    });
  });

  it('reads a Nextcloud all-day event whose DATE carries a TZID, its DTEND exclusive', () => {
    const reading = readCalendar(sampleCalendar('node-ical_sabredav-school-holidays.ics'), BERLIN);
    expect(reading.events).toMatchObject([
      {
        summary: 'Sommerferien Sachsen',
        start: { date: '2018-07-02', minute: null },
        end: { date: '2018-08-10', minute: null },
        url: 'http://i.cal.to/r/1AHk',
        rrule: null,
      },
    ]);
  });

  it('reads eM Client’s Windows zone name, converted to the town’s clocks', () => {
    const file = sampleCalendar('node-ical_vtimezone-year-0001-dtstart.ics');
    expect(readCalendar(file, BERLIN).events[0]).toMatchObject({
      start: { date: '2024-06-01', minute: 10 * 60 },
      end: { date: '2024-06-01', minute: 11 * 60 },
    });
    // 10:00 in Berlin's summer is 09:00 in London.
    expect(readCalendar(file, { timeZone: 'Europe/London' }).events[0]?.start).toEqual({
      date: '2024-06-01',
      minute: 9 * 60,
    });
  });
});

describe('readCalendar', () => {
  it('converts UTC times to the town’s time on both sides of a clock change', () => {
    const reading = readCalendar(
      calendar(
        ...vevent('UID:winter', 'DTSTART:20260328T180000Z', 'DURATION:PT2H', 'SUMMARY:Winter'),
        ...vevent(
          'UID:summer',
          'DTSTART:20260329T170000Z',
          'DTEND:20260329T230000Z',
          'SUMMARY:Summer',
        ),
      ),
      BERLIN,
    );
    expect(reading.events.map((e) => [e.uid, e.start, e.end])).toEqual([
      ['winter', { date: '2026-03-28', minute: 19 * 60 }, { date: '2026-03-28', minute: 21 * 60 }],
      ['summer', { date: '2026-03-29', minute: 19 * 60 }, { date: '2026-03-30', minute: 60 }],
    ]);
  });

  it('takes EXDATEs and cancelled overrides as cancelled dates, a cancelled master as cancelled', () => {
    const reading = readCalendar(
      calendar(
        ...vevent(
          'UID:chor',
          'DTSTART;TZID=Europe/Berlin:20261007T190000',
          'DTEND;TZID=Europe/Berlin:20261007T210000',
          'RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=10',
          'EXDATE;TZID=Europe/Berlin:20261014T190000,20261021T190000',
          'SUMMARY:Chorprobe',
          'CATEGORIES:Kultur,Musik',
          'ORGANIZER;CN="Chor Hagenow e.V.":mailto:vorstand@example.org',
        ),
        ...vevent(
          'UID:chor',
          'RECURRENCE-ID;TZID=Europe/Berlin:20261104T190000',
          'DTSTART;TZID=Europe/Berlin:20261104T190000',
          'STATUS:CANCELLED',
        ),
        ...vevent('UID:fest', 'DTSTART;VALUE=DATE:20260912', 'STATUS:CANCELLED', 'SUMMARY:Fest'),
      ),
      BERLIN,
    );
    const [chor, fest] = reading.events;
    expect(chor?.exceptions).toEqual([
      { originalDate: '2026-10-14', kind: 'cancelled' },
      { originalDate: '2026-10-21', kind: 'cancelled' },
      { originalDate: '2026-11-04', kind: 'cancelled' },
    ]);
    expect(chor).toMatchObject({ organiser: 'Chor Hagenow e.V.', categories: ['Kultur', 'Musik'] });
    expect(fest).toMatchObject({
      cancelled: true,
      start: { date: '2026-09-12', minute: null },
      end: null,
    });
  });

  it('leaves out what it cannot read, with a warning naming the event', () => {
    const reading = readCalendar(
      calendar(
        ...vevent('DTSTART:20260101T100000Z', 'SUMMARY:No UID'),
        ...vevent('UID:a', 'SUMMARY:No start'),
        ...vevent('UID:b', 'DTSTART;TZID=Mars/Olympus:20260101T100000', 'SUMMARY:Mars'),
        ...vevent('UID:c', 'DTSTART:20260101T100000Z', 'RRULE:FREQ=SECONDLY', 'SUMMARY:Often'),
        ...vevent('UID:d', 'DTSTART:20260101T100000Z', 'SUMMARY:Fine'),
        // ical.js would read 30 February as 2 March.
        ...vevent('UID:e', 'DTSTART;VALUE=DATE:20260230', 'SUMMARY:Impossible'),
      ),
      BERLIN,
    );
    expect(reading.events.map((e) => e.uid)).toEqual(['d']);
    expect(reading.warnings.map((w) => [w.item, w.key])).toEqual([
      ['VEVENT 1', 'skip.noUid'],
      ['a', 'skip.noStart'],
      ['b', 'skip.zone'],
      ['c', 'skip.rule'],
      ['e', 'skip.unreadable'],
    ]);
  });

  it('reads the other events of a file one of whose lines is broken', () => {
    const reading = readCalendar(
      calendar(
        ...vevent('UID:a', 'DTSTART:20260101T100000Z', 'SUMMARY:Fine'),
        ...vevent('UID:b', 'DTSTART:20260102T100000Z', 'this line has no colon'),
        ...vevent('DTSTART:20260102T100000Z', 'DESCRIPTION:folded', ' over two lines', 'broken'),
        ...vevent('UID:c', 'DTSTART:20260103T100000Z', 'SUMMARY:Also fine'),
      ),
      BERLIN,
    );
    expect(reading.events.map((e) => e.uid)).toEqual(['a', 'c']);
    expect(reading.warnings).toEqual([
      { item: 'b', key: 'skip.unreadable' },
      { item: 'line 14', key: 'skip.unreadable' },
    ]);
  });

  it('refuses a file that is no calendar, naming the problem', () => {
    expect(() => readCalendar('<html>Kalender</html>', BERLIN)).toThrow(
      expect.objectContaining({ code: 'events_ics_unreadable' }),
    );
    expect(() => readCalendar('BEGIN:VCARD\r\nFN:A\r\nEND:VCARD', BERLIN)).toThrow(
      expect.objectContaining({ code: 'events_ics_unreadable' }),
    );
  });
});
