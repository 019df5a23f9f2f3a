import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDatePage } from '../../api/event-date.js';
import type { EventDetail } from '../../api/event-detail.js';
import type { StaffEvent, StaffEventList } from '../../api/staff-event.js';
import type { Venue } from '../../api/venue.js';
import { day, type EventsClient, ok, startEventsClient, weekdayOf } from './events-testing.js';

let client: EventsClient;
let venue: Venue;
beforeAll(async () => {
  client = await startEventsClient();
  venue = await ok<Venue>(
    client.staff('POST', '/venues', {
      name: 'Alte Synagoge',
      street: 'Hagenstraße 48',
      postcode: '19230',
      locality: 'Hagenow',
      stepFree: true,
    }),
    201,
  );
});
afterAll(async () => {
  await client?.server.close();
});

const market = () => ({
  title: 'Wochenmarkt',
  titleEn: 'Weekly market',
  description: 'Obst, Gemüse und Blumen aus der Region.',
  category: 'markt',
  place: 'Lindenplatz',
  isFree: true,
  startDate: day(7),
  startTime: '08:00',
  endTime: '13:00',
  repeat: { frequency: 'weekly', weekdays: [weekdayOf(day(7))], count: 10 },
});

describe('staff write events', () => {
  it('publishes a weekly series, writes its dates, and shows it to residents', async () => {
    const created = await ok<StaffEvent>(client.staff('POST', '/events', market()), 201);
    expect(created.status).toBe('published');
    expect(created.dates).toHaveLength(10);
    expect(created.repeat).toEqual({
      frequency: 'weekly',
      interval: 1,
      weekdays: [weekdayOf(day(7))],
      count: 10,
    });
    expect(created.repeats?.de).toMatch(/^Jeden \w+, 10-mal$/);

    const page = await ok<EventDatePage>(client.resident(`/dates?from=${day(0)}&to=${day(30)}`));
    const mine = page.items.filter((d) => d.eventId === created.id);
    expect(mine.map((d) => d.localDate)).toEqual([day(7), day(14), day(21), day(28)]);
    expect(mine[0]).toMatchObject({
      title: { de: 'Wochenmarkt', en: 'Weekly market' },
      series: true,
      isFree: true,
    });

    const detail = await ok<EventDetail>(client.resident(`/events/${created.id}`));
    expect(detail.dates).toHaveLength(10);
    expect(detail.jsonLd).toMatchObject({
      '@type': 'Event',
      name: 'Wochenmarkt',
      eventSchedule: {
        '@type': 'Schedule',
        repeatFrequency: 'P1W',
        repeatCount: 10,
        startTime: '08:00:00',
      },
    });
  });

  it('cancels one date, moves another, and restores them', async () => {
    const event = await ok<StaffEvent>(client.staff('POST', '/events', market()), 201);
    const [first, second, third] = event.dates;
    const cancelled = await ok<StaffEvent>(
      client.staff('POST', `/events/${event.id}/dates/${first?.originalDate}/cancel`, {
        note: 'Stadtfest',
      }),
    );
    expect(cancelled.dates[0]).toMatchObject({ status: 'cancelled', note: 'Stadtfest' });
    const moved = await ok<StaffEvent>(
      client.staff('POST', `/events/${event.id}/dates/${second?.originalDate}/move`, {
        to: day(15),
        startTime: '09:00',
        endTime: '12:00',
      }),
    );
    expect(moved.dates[1]).toMatchObject({ status: 'moved', localDate: day(15) });
    // Residents read staff's note beside the cancelled date.
    const seen = await ok<EventDetail>(client.resident(`/events/${event.id}`));
    expect(seen.dates.find((d) => d.originalDate === first?.originalDate)).toMatchObject({
      status: 'cancelled',
      note: 'Stadtfest',
    });

    // Onto a day the series has already: refused, naming the field.
    const clash = await client.staff(
      'POST',
      `/events/${event.id}/dates/${second?.originalDate}/move`,
      {
        to: third?.localDate,
      },
    );
    expect(clash.status).toBe(409);
    expect(await clash.json()).toMatchObject({ code: 'events_date_taken', field: 'to' });

    const restored = await ok<StaffEvent>(
      client.staff('DELETE', `/events/${event.id}/dates/${second?.originalDate}`),
    );
    expect(restored.dates[1]).toMatchObject({ status: 'scheduled', localDate: day(14) });
    const none = await client.staff('POST', `/events/${event.id}/dates/${day(8)}/cancel`, {});
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ code: 'events_date_unknown' });
  });

  it('changes the rule and drops exceptions on dates the new rule does not give', async () => {
    const event = await ok<StaffEvent>(client.staff('POST', '/events', market()), 201);
    const last = event.dates.at(-1)?.originalDate;
    await ok(client.staff('POST', `/events/${event.id}/dates/${last}/cancel`, {}));
    const shorter = await ok<StaffEvent>(
      client.staff('PUT', `/events/${event.id}`, {
        ...market(),
        repeat: { ...market().repeat, count: 3 },
        venueId: venue.id,
      }),
    );
    expect(shorter.dates).toHaveLength(3);
    const longer = await ok<StaffEvent>(client.staff('PUT', `/events/${event.id}`, market()));
    expect(longer.dates.at(-1)).toMatchObject({ originalDate: last, status: 'scheduled' });
  });

  it('refuses what does not fit, naming the field in the reader’s language', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ category: 'zirkus' }, 'category', 'events_category_unknown'],
      [{ endTime: '07:00' }, 'endTime', 'validation_failed'],
      [{ startTime: undefined }, 'endTime', 'validation_failed'],
      [{ endDate: day(6) }, 'endDate', 'validation_failed'],
      [{ repeat: { frequency: 'daily', until: day(2) } }, 'repeat.until', 'validation_failed'],
      [{ repeat: { frequency: 'monthly' } }, 'repeat.monthDay', 'validation_failed'],
      [{ venueId: '00000000-0000-4000-8000-000000000000' }, 'venueId', 'events_venue_unknown'],
      [{ title: 'x' }, 'title', 'validation_failed'],
    ];
    for (const [change, field, code] of cases) {
      const res = await client.staff('POST', '/events', { ...market(), ...change });
      const body = (await res.json()) as { code: string; field: string; message: string };
      expect([res.status, body.code, body.field], JSON.stringify(body)).toEqual([
        code === 'events_venue_unknown' || code === 'events_category_unknown' ? 400 : 400,
        code,
        field,
      ]);
      expect(body.message).not.toMatch(/\b(the|must|not)\b/);
    }
    const english = await client.staff('POST', '/events', { ...market(), endTime: '07:00' }, 'en');
    expect(((await english.json()) as { message: string }).message).toMatch(/end time/);
  });

  it('lists events for staff, the next first, and removes one', async () => {
    const list = await ok<StaffEventList>(client.staff('GET', '/events?q=Wochenmarkt'));
    expect(list.total).toBeGreaterThanOrEqual(3);
    const id = list.items[0]?.id as string;
    expect(list.items[0]).toMatchObject({
      series: true,
      status: 'published',
      category: { id: 'markt' },
    });
    expect((await client.staff('DELETE', `/events/${id}`)).status).toBe(204);
    expect((await client.resident(`/events/${id}`)).status).toBe(404);
  });

  it('keeps a venue in use and removes it when free', async () => {
    const event = await ok<StaffEvent>(
      client.staff('POST', '/events', { ...market(), venueId: venue.id }),
      201,
    );
    const inUse = await client.staff('DELETE', `/venues/${venue.id}`);
    expect(inUse.status).toBe(409);
    expect(await inUse.json()).toMatchObject({ code: 'events_venue_in_use' });
    const twice = await client.staff('POST', '/venues', { name: 'alte synagoge' });
    expect(await twice.json()).toMatchObject({ code: 'events_venue_exists', field: 'name' });
    await ok(client.staff('PUT', `/events/${event.id}`, market()));
  });

  it('lets only staff of the events role write', async () => {
    const stranger = await client.server.request('/api/events/admin/events', {
      method: 'POST',
      json: market(),
    });
    expect(stranger.status).toBe(401);
  });
});

describe('the module at a glance', () => {
  it('answers GET /api/events with the categories, the next dates and today’s count', async () => {
    await ok(
      client.staff('POST', '/events', {
        ...market(),
        startDate: day(0),
        startTime: '23:58',
        endTime: undefined,
        repeat: undefined,
      }),
      201,
    );
    const summary = await ok<{
      categories: unknown[];
      next: { localDate: string }[];
      counts: { today: number; weekend: number };
    }>(client.resident(''));
    expect(summary.categories).toHaveLength(9);
    expect(summary.next.length).toBeGreaterThan(0);
    expect(summary.next.length).toBeLessThanOrEqual(5);
    expect(summary.counts.today).toBeGreaterThanOrEqual(1);
  });
});
