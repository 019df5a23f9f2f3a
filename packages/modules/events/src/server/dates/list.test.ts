import { testDatabases } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDatePage } from '../../api/event-date.js';
import type { StaffEvent } from '../../api/staff-event.js';
import { day, type EventsClient, ok, startEventsClient } from '../routes/events-testing.js';

// The list's scan starts as many days before the first day as the longest published event
// lasts: a festival that began before the chosen days and still runs is in, one that ended is
// not. On PGlite, and on PostgreSQL where one is given.
describe.each(testDatabases())('the dates of days on %s', (database) => {
  let client: EventsClient;
  let festival: StaffEvent;
  let talk: StaffEvent;
  let event: (title: string, startDate: string, endDate: string) => Promise<StaffEvent>;
  beforeAll(async () => {
    client = await startEventsClient({ database });
    event = (title: string, startDate: string, endDate: string) =>
      ok<StaffEvent>(
        client.staff('POST', '/events', {
          title,
          description: 'Drei Tage Musik und Essen auf dem Lindenplatz.',
          category: 'markt',
          place: 'Lindenplatz',
          isFree: true,
          startDate,
          endDate,
          startTime: '10:00',
          endTime: '22:00',
        }),
        201,
      );
    festival = await event('Stadtfest', day(3), day(5));
    talk = await event('Vortrag', day(3), day(3));
  });
  afterAll(async () => {
    await client?.server.close();
  });

  const listed = async (from: string, to: string) =>
    (await ok<EventDatePage>(client.resident(`/dates?from=${from}&to=${to}`))).items.map(
      (d) => d.eventId,
    );

  it('lists a festival on the days after its first while it runs', async () => {
    expect(await listed(day(3), day(3))).toEqual(expect.arrayContaining([festival.id, talk.id]));
    const later = await listed(day(5), day(6));
    expect(later).toContain(festival.id);
    expect(later).not.toContain(talk.id);
  });

  it('leaves it out once it has ended', async () => {
    expect(await listed(day(6), day(8))).not.toContain(festival.id);
  });

  it('finds the last days of an event longer than any listed before', async () => {
    expect(await listed(day(4), day(5))).toContain(festival.id);
    const fair = await event('Herbstmesse', day(10), day(16));
    expect(await listed(day(15), day(16))).toContain(fair.id);
  });
});
