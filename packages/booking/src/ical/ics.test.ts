import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../../test/databases.js';
import { printer, serviceFor } from '../../test/fixtures.js';
import { localParts, offsetAt, zonedInstant } from '../time/zone.js';
import { foldLine, reservationIcs, resourceFeedIcs, vtimezone } from './ics.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
});
afterAll(async () => {
  await db?.close();
});

const TZ = 'Europe/Berlin';

/** Compares ical.js's offsets (it takes wall times) with the zone database every 6 hours. */
function expectSameOffsets(
  zone: ICAL.Timezone,
  timeZone: string,
  fromYear: number,
  toYear: number,
) {
  let compared = 0;
  for (let t = Date.UTC(fromYear, 0, 1); t < Date.UTC(toYear + 1, 0, 1); t += 6 * 3_600_000) {
    const { date, minutes } = localParts(t, timeZone);
    const twice = [t - 3_600_000, t + 3_600_000].some(
      (u) => localParts(u, timeZone).date === date && localParts(u, timeZone).minutes === minutes,
    );
    if (twice || zonedInstant(date, minutes, timeZone) !== t) continue; // parsers differ on a wall time that occurs twice
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const wall = new ICAL.Time(
      {
        year,
        month,
        day,
        hour: Math.floor(minutes / 60),
        minute: minutes % 60,
        second: 0,
        isDate: false,
      },
      zone,
    );
    expect(zone.utcOffset(wall) * 1000).toBe(offsetAt(t, timeZone));
    compared++;
  }
  expect(compared).toBeGreaterThan(1000);
}

/** Parses with ical.js, using only the VTIMEZONE in the file to place local times. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(zone, TZ);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, zone, events };
}

describe('VTIMEZONE', () => {
  it('gives ical.js the same offsets as the zone database, around every change in 2024–2027', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      ...vtimezone(TZ, 2024, 2027),
      'END:VCALENDAR',
    ].join('\r\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    const { zone } = parse(text);
    expectSameOffsets(zone, TZ, 2024, 2027);
  });

  it('lists each change for zones without a yearly pattern, and copes with zones without DST', () => {
    const kolkata = vtimezone('Asia/Kolkata', 2025, 2025).join('\n');
    expect(kolkata).toContain('TZOFFSETTO:+0530');
    const ny = vtimezone('America/New_York', 2025, 2026);
    // The second Sunday of March is no "last Sunday": each change is listed (2024–2026).
    expect(ny.filter((l) => l === 'BEGIN:DAYLIGHT')).toHaveLength(3);
    const zone = new ICAL.Timezone(
      new ICAL.Component(
        ICAL.parse(['BEGIN:VCALENDAR', ...ny, 'END:VCALENDAR'].join('\r\n')),
      ).getFirstSubcomponent('vtimezone') as ICAL.Component,
    );
    expectSameOffsets(zone, 'America/New_York', 2025, 2026);
  });
});

describe('.ics of a reservation and feed of a resource', () => {
  it('places events at the right instants on both sides of a DST change', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(
      printer({
        name: { de: 'Seminarraum, groß; 1. OG', en: 'Seminar room' },
        openingHours: [
          { weekday: 7, opens: '00:00', closes: '24:00' },
          { weekday: 6, opens: '00:00', closes: '24:00' },
        ],
      }),
    );
    const before = await service.createReservation({
      resourceId: r.id,
      personId: 'anna',
      group: 'resident',
      start: '2025-03-29T22:00',
      durationMinutes: 60,
    });
    const across = await service.createReservation({
      resourceId: r.id,
      personId: 'anna',
      group: 'resident',
      start: '2025-03-30T01:00',
      end: '2025-03-30T04:00',
    });
    const after = await service.createReservation({
      resourceId: r.id,
      personId: 'anna',
      group: 'resident',
      start: '2025-03-30T10:00',
      durationMinutes: 60,
      note: 'Zeile 1\nZeile 2',
    });

    const single = reservationIcs(after, r, {
      timezone: TZ,
      uidDomain: 'hagenow.de',
      now: new Date('2025-03-01T08:00:00Z'),
    });
    expect(single).toContain('DTSTART;TZID=Europe/Berlin:20250330T100000');
    expect(single.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    const one = parse(single);
    expect(one.events).toHaveLength(1);
    const event = one.events[0] as ICAL.Event;
    expect(event.uid).toBe(`${after.id}@hagenow.de`);
    expect(event.summary).toBe('Seminarraum, groß; 1. OG / Seminar room');
    expect(event.description).toContain('Zeile 1\nZeile 2');
    expect(event.startDate.toJSDate().toISOString()).toBe(after.start);
    expect(event.endDate.toJSDate().toISOString()).toBe(after.end);

    const feed = resourceFeedIcs(r, [before, across, after], {
      timezone: TZ,
      now: new Date('2025-03-01T08:00:00Z'),
    });
    const { events } = parse(feed);
    expect(
      events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]),
    ).toEqual([before, across, after].map((x) => [x.start, x.end]));
    expect(events[1]?.duration.toSeconds()).toBe(2 * 3600);
    expect(feed).not.toContain('anna'); // feeds leave out who booked
  });

  it('writes a time in the repeated autumn hour so that it cannot be misread', async () => {
    const { service } = serviceFor(db, '2025-10-01T08:00:00Z');
    const r = await service.createResource(
      printer({ openingHours: [{ weekday: 7, opens: '00:00', closes: '24:00' }] }),
    );
    const first = await service.createReservation({
      resourceId: r.id,
      personId: 'anna',
      group: 'resident',
      start: '2025-10-26T00:00:00Z',
      durationMinutes: 60,
    });
    const second = await service.createReservation({
      resourceId: r.id,
      personId: 'anna',
      group: 'resident',
      start: '2025-10-26T01:00:00Z',
      durationMinutes: 60,
    });
    expect([first.startLocal, second.startLocal]).toEqual(['2025-10-26T02:00', '2025-10-26T02:00']);
    for (const r2 of [first, second]) {
      const { events } = parse(reservationIcs(r2, r, { timezone: TZ }));
      expect(events[0]?.startDate.toJSDate().toISOString()).toBe(r2.start);
      expect(events[0]?.endDate.toJSDate().toISOString()).toBe(r2.end);
    }
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const line = `SUMMARY:${'ä'.repeat(60)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });
});
