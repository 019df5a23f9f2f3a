import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../../test/databases.js';
import { printer, serviceFor } from '../../test/fixtures.js';
import { reservationIcs, resourceFeedIcs } from './ics.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
});
afterAll(async () => {
  await db?.close();
});

const TZ = 'Europe/Berlin';

/** Parses with ical.js, using only the VTIMEZONE in the file to place local times. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(zone, TZ);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, zone, events };
}

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
    // One language per file: the booker's, German unless said.
    expect(event.summary).toBe('Seminarraum, groß; 1. OG');
    expect(event.description).toContain('Gebucht von: anna');
    expect(event.description).toContain('Zeile 1\nZeile 2');
    const english = parse(
      reservationIcs(after, r, { timezone: TZ, language: 'en', now: new Date('2025-03-01') }),
    ).events[0] as ICAL.Event;
    expect(english.summary).toBe('Seminar room');
    expect(english.description).toContain('Booked by: anna');
    expect(english.description).not.toMatch(/Gebucht|Plätze/);
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
    expect(feed).toContain('X-WR-CALNAME:Seminarraum\\, groß\\; 1. OG');
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
});
