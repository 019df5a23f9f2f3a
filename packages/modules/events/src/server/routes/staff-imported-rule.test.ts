import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffEvent } from '../../api/staff-event.js';
import { day, type EventsClient, ok, startEventsClient } from './events-testing.js';

let client: EventsClient;
beforeAll(async () => {
  client = await startEventsClient();
});
afterAll(async () => {
  await client?.server.close();
});

/** A rule only a feed writes: two Saturdays a month, which the staff form cannot show. */
const TWO_SATURDAYS = 'FREQ=MONTHLY;BYDAY=1SA,3SA;COUNT=6';

const concert = () => ({
  title: 'Orgelmusik am Samstag',
  category: 'kultur',
  place: 'Stadtkirche',
  startDate: day(3),
  startTime: '17:00',
});

/** An event as an import leaves it: a rule written straight into its row, its dates rewritten. */
async function importedSeries(): Promise<StaffEvent> {
  const event = await ok<StaffEvent>(client.staff('POST', '/events', concert()), 201);
  await client.server.db.query('UPDATE events_events SET rrule = $2 WHERE id = $1', [
    event.id,
    TWO_SATURDAYS,
  ]);
  // Saving it once with the rule kept writes the rule's dates, as the import would.
  return ok<StaffEvent>(
    client.staff('PUT', `/events/${event.id}`, { ...concert(), keepRule: true }),
  );
}

describe('staff change an event whose rule came from an import', () => {
  it('keep the rule when asked to, and show it as text, not as a form repeat', async () => {
    const event = await importedSeries();
    expect(event).toMatchObject({ rrule: TWO_SATURDAYS, repeat: null });
    expect(event.dates.length).toBeGreaterThan(1);
    const changed = await ok<StaffEvent>(
      client.staff('PUT', `/events/${event.id}`, {
        ...concert(),
        title: 'Orgelmusik zur Marktzeit',
        keepRule: true,
      }),
    );
    expect(changed).toMatchObject({ title: 'Orgelmusik zur Marktzeit', rrule: TWO_SATURDAYS });
    expect(changed.dates.map((d) => d.originalDate)).toEqual(
      event.dates.map((d) => d.originalDate),
    );
  });

  it('replace it with the form’s repeat, or make it one date without either', async () => {
    const event = await importedSeries();
    const weekly = await ok<StaffEvent>(
      client.staff('PUT', `/events/${event.id}`, {
        ...concert(),
        keepRule: true,
        repeat: { frequency: 'daily', interval: 2, count: 2 },
      }),
    );
    expect(weekly).toMatchObject({ rrule: 'FREQ=DAILY;INTERVAL=2;COUNT=2' });
    expect(weekly.dates.map((d) => d.localDate)).toEqual([day(3), day(5)]);
    const single = await ok<StaffEvent>(client.staff('PUT', `/events/${event.id}`, concert()));
    expect(single).toMatchObject({ rrule: null, repeat: null });
    expect(single.dates.map((d) => d.localDate)).toEqual([day(3)]);
  });

  it('refuses keepRule other than true, naming the field', async () => {
    const event = await importedSeries();
    const res = await client.staff('PUT', `/events/${event.id}`, { ...concert(), keepRule: 'ja' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed', field: 'keepRule' });
    const created = await client.staff('POST', '/events', { ...concert(), keepRule: true });
    expect(created.status).toBe(400);
  });
});
