import { addDaysToDate } from '@city-app/core';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffEvent } from '../../api/staff-event.js';
import { day, type EventsClient, ok, startEventsClient, weekdayOf } from './events-testing.js';

let client: EventsClient;
beforeAll(async () => {
  client = await startEventsClient();
});
afterAll(() => client?.server.close());

/** The next last Sunday of March (clocks go forward) or October (back) after the coming weeks. */
function nextChange(month: 3 | 10): string {
  for (let year = Number(day(0).slice(0, 4)); ; year++) {
    const last = `${year}-${month === 3 ? '03' : '10'}-31`;
    const sunday = addDaysToDate(last, -new Date(`${last}T00:00:00Z`).getUTCDay());
    if (sunday > day(14)) return sunday;
  }
}

async function text(path: string, lang = 'de'): Promise<string> {
  const res = await client.resident(path, lang);
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return body;
}

/** The calendar as a calendar app reads it: its VTIMEZONE known, its events by UID. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = calendar.getAllSubcomponents('vevent');
  const masters = vevents
    .filter((v) => !v.hasProperty('recurrence-id'))
    .map((v) => new ICAL.Event(v));
  for (const v of vevents.filter((v) => v.hasProperty('recurrence-id'))) {
    const exception = new ICAL.Event(v);
    masters.find((m) => m.uid === exception.uid)?.relateException(exception);
  }
  return { calendar, masters };
}

/** Each date of a series as a calendar app expands it: start and end in UTC, its summary. */
function expand(event: ICAL.Event, max = 50) {
  const dates: { start: string; end: string; summary: string }[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && dates.length < max; next = iterator.next()) {
    const d = event.getOccurrenceDetails(next);
    dates.push({
      start: d.startDate.toJSDate().toISOString(),
      end: d.endDate.toJSDate().toISOString(),
      summary: d.item.summary,
    });
  }
  return dates;
}

describe('an event for the phone’s calendar', () => {
  const change = nextChange(3);
  const first = addDaysToDate(change, -10);
  const week = (n: number) => addDaysToDate(first, 7 * n);
  let event: StaffEvent;

  beforeAll(async () => {
    event = await ok<StaffEvent>(
      client.staff('POST', '/events', {
        title: 'Chorprobe',
        titleEn: 'Choir rehearsal',
        category: 'kultur',
        place: 'Alte Synagoge',
        startDate: first,
        startTime: '19:00',
        endTime: '21:00',
        repeat: { frequency: 'weekly', weekdays: [weekdayOf(first)], count: 5 },
      }),
      201,
    );
    await ok(client.staff('POST', `/events/${event.id}/dates/${week(1)}/cancel`, {}));
    await ok(
      client.staff('POST', `/events/${event.id}/dates/${week(2)}/move`, {
        to: addDaysToDate(week(2), 1),
        startTime: '20:00',
        endTime: '22:00',
      }),
    );
  });

  it('writes the series with its rule, EXDATE and a moved date, right across the clock change', async () => {
    const ics = await text(`/events/${event.id}/calendar.ics`);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('METHOD:PUBLISH');
    const { calendar, masters } = parse(ics);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Berlin',
    );
    expect(masters).toHaveLength(1);
    const master = masters[0] as ICAL.Event;
    expect(master.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(
      'Europe/Berlin',
    );
    expect(master.component.getFirstPropertyValue('rrule')?.toString()).toMatch(/^FREQ=WEEKLY/);
    // 19:00 in Berlin: 18:00 UTC in winter, 17:00 UTC in summer; the second date called off,
    // the third a day later at 20:00 summer time.
    expect(expand(master)).toEqual([
      { start: `${week(0)}T18:00:00.000Z`, end: `${week(0)}T20:00:00.000Z`, summary: 'Chorprobe' },
      {
        start: `${addDaysToDate(week(2), 1)}T18:00:00.000Z`,
        end: `${addDaysToDate(week(2), 1)}T20:00:00.000Z`,
        summary: 'Chorprobe',
      },
      { start: `${week(3)}T17:00:00.000Z`, end: `${week(3)}T19:00:00.000Z`, summary: 'Chorprobe' },
      { start: `${week(4)}T17:00:00.000Z`, end: `${week(4)}T19:00:00.000Z`, summary: 'Chorprobe' },
    ]);
    expect(master.component.getFirstPropertyValue('url')).toMatch(
      new RegExp(`/veranstaltungen/${event.id}$`),
    );
    // English on request.
    const english = parse(await text(`/events/${event.id}/calendar.ics?lang=en`));
    expect(english.masters[0]?.summary).toBe('Choir rehearsal');
  });

  it('writes one date on its own, in the town’s zone after the clock change', async () => {
    const { masters } = parse(await text(`/events/${event.id}/dates/${week(3)}/calendar.ics`));
    expect(masters).toHaveLength(1);
    const one = masters[0] as ICAL.Event;
    expect(one.isRecurring()).toBe(false);
    expect(one.startDate.toJSDate().toISOString()).toBe(`${week(3)}T17:00:00.000Z`);
    expect(one.endDate.toJSDate().toISOString()).toBe(`${week(3)}T19:00:00.000Z`);
    const cancelled = parse(await text(`/events/${event.id}/dates/${week(1)}/calendar.ics`));
    expect(cancelled.masters[0]?.component.getFirstPropertyValue('status')).toBe('CANCELLED');

    const missing = await client.resident(
      `/events/${event.id}/dates/${addDaysToDate(week(1), 1)}/calendar.ics`,
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'events_date_unknown' });
    const unknown = await client.resident(
      '/events/00000000-0000-4000-8000-000000000000/calendar.ics',
    );
    expect(unknown.status).toBe(404);
  });

  it('keeps a daily series at 19:00 across the autumn clock change', async () => {
    const autumn = nextChange(10);
    const daily = await ok<StaffEvent>(
      client.staff('POST', '/events', {
        title: 'Herbstlesung',
        category: 'kultur',
        startDate: addDaysToDate(autumn, -1),
        startTime: '19:00',
        repeat: { frequency: 'daily', count: 3 },
      }),
      201,
    );
    const { masters } = parse(await text(`/events/${daily.id}/calendar.ics`));
    expect(expand(masters[0] as ICAL.Event).map((d) => d.start)).toEqual([
      `${addDaysToDate(autumn, -1)}T17:00:00.000Z`,
      `${autumn}T18:00:00.000Z`,
      `${addDaysToDate(autumn, 1)}T18:00:00.000Z`,
    ]);
  });

  it('writes an all-day series with DATE values and an UNTIL day', async () => {
    const market = await ok<StaffEvent>(
      client.staff('POST', '/events', {
        title: 'Flohmarkt',
        category: 'markt',
        startDate: day(10),
        repeat: { frequency: 'weekly', weekdays: [weekdayOf(day(10))], until: day(24) },
      }),
      201,
    );
    const { masters } = parse(await text(`/events/${market.id}/calendar.ics`));
    const master = masters[0] as ICAL.Event;
    expect(master.startDate.isDate).toBe(true);
    expect(master.component.getFirstPropertyValue('rrule')?.toString()).toContain(
      `UNTIL=${day(24).replaceAll('-', '')}`,
    );
    expect(expand(master).map((d) => d.start.slice(0, 10))).toEqual([day(10), day(17), day(24)]);
  });
});

describe('the calendar to subscribe to, and RSS', () => {
  let sport: StaffEvent;
  let market: StaffEvent;
  beforeAll(async () => {
    sport = await ok<StaffEvent>(
      client.staff('POST', '/events', {
        title: 'Lauftreff',
        titleEn: 'Running group',
        category: 'sport',
        startDate: day(2),
        startTime: '18:00',
        repeat: { frequency: 'weekly', weekdays: [weekdayOf(day(2))], count: 3 },
      }),
      201,
    );
    await ok(client.staff('POST', `/events/${sport.id}/dates/${day(9)}/cancel`, {}));
    market = await ok<StaffEvent>(
      client.staff('POST', '/events', {
        title: 'Bauernmarkt & Mehr',
        category: 'natur',
        startDate: day(3),
      }),
      201,
    );
  });

  it('lists every published event, or those of the categories asked for', async () => {
    const all = parse(await text('/calendar.ics'));
    const uids = all.masters.map((m) => m.uid);
    expect(uids).toEqual(
      expect.arrayContaining([
        expect.stringContaining(sport.id),
        expect.stringContaining(market.id),
      ]),
    );
    expect(all.calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Veranstaltungen in Musterstadt',
    );
    const onlySport = parse(await text('/calendar.ics?category=sport'));
    expect(onlySport.masters.map((m) => m.summary)).toEqual(['Lauftreff']);
    expect(
      onlySport.masters[0]?.component.getFirstProperty('exdate')?.getFirstValue()?.toString(),
    ).toContain(day(9));
    expect(onlySport.calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Veranstaltungen in Musterstadt: Sport',
    );

    const refused = await client.resident('/calendar.ics?category=sport,fussball');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      code: 'events_category_unknown',
      field: 'category',
    });
  });

  it('gives the coming dates as RSS 2.0, a cancelled one marked, in German or English', async () => {
    const res = await client.resident('/feed.rss?category=sport,natur');
    expect(res.headers.get('content-type')).toContain('application/rss+xml');
    const rss = await res.text();
    const titles = [...rss.matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toHaveLength(4);
    expect(titles[0]).toMatch(/^Lauftreff – \w+, /);
    expect(titles[1]).toMatch(/^Bauernmarkt &amp; Mehr – .*ganztägig$/);
    expect(titles[2]).toMatch(/^Abgesagt: Lauftreff/);
    expect(rss).toContain(`<guid isPermaLink="false">event-${sport.id}-${day(2)}</guid>`);
    const english = await text('/feed.rss?category=sport&lang=en', 'de');
    expect(english).toContain('<language>en</language>');
    expect(english).toMatch(/<title>Cancelled: Running group – \w+, /);
  });
});
