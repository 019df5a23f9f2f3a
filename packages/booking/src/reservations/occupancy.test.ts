import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../../test/databases.js';
import { printer, serviceFor } from '../../test/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** A course's seats: a capacity resource, open every day. */
const course = (capacity: number) => printer({ kind: 'capacity', capacity });

describe('occupancy', () => {
  it('counts the seats and the waiting people of each window, in the order asked', async () => {
    const { service } = serviceFor(db);
    const a = await service.createResource(course(3));
    const b = await service.createResource(course(2));
    const at = (resourceId: string, start: string, seats = 1, personId = 'p') =>
      service.createReservation({
        resourceId,
        personId,
        group: 'resident',
        start,
        durationMinutes: 120,
        seats,
      });
    await at(a.id, '2025-03-10T10:00', 2, 'anna');
    const cancelled = await at(a.id, '2025-03-10T10:00', 1, 'ben');
    await service.cancel(cancelled.id, { actor: 'ben' });
    await at(a.id, '2025-03-11T10:00', 1, 'carla');
    await at(b.id, '2025-03-10T10:00', 2, 'dana');
    await service.joinWaitlist({
      resourceId: b.id,
      personId: 'emil',
      group: 'resident',
      start: '2025-03-10T10:00',
      durationMinutes: 120,
    });
    const windows = [
      { resourceId: b.id, start: '2025-03-10T10:00', end: '2025-03-10T12:00' },
      { resourceId: a.id, start: '2025-03-10T10:00', end: '2025-03-10T12:00' },
      { resourceId: a.id, start: '2025-03-11T10:00', end: '2025-03-11T12:00' },
      // Touching, not overlapping: the reservation ends when this window starts.
      { resourceId: a.id, start: '2025-03-10T12:00', end: '2025-03-10T14:00' },
    ];
    expect(await service.occupancy(windows)).toEqual([
      { seats: 2, waiting: 1 },
      { seats: 2, waiting: 0 },
      { seats: 1, waiting: 0 },
      { seats: 0, waiting: 0 },
    ]);
    expect(await service.occupancy([])).toEqual([]);
  });

  it('counts every seat however many reservations the windows hold together', async () => {
    // More reservations than one list of reservations returns (5,000), most of them in the
    // first window: a read of all windows' reservations under one limit would lose the last.
    const { service } = serviceFor(db);
    // One minute each, one after the other (the capacity check stays cheap), over 84 hours.
    const big = await service.createResource(course(2));
    const small = await service.createResource(course(5));
    await db.query(
      `INSERT INTO booking_reservations (resource_id, person_id, person_group, during, blocked, status)
       SELECT $1, 'p' || g, 'resident', r, r, 'confirmed'
         FROM generate_series(0, 5000) g,
              tstzrange($2::timestamptz + g * interval '1 minute', $2::timestamptz + (g + 1) * interval '1 minute') r`,
      [big.id, '2025-03-10T09:00:00Z'],
    );
    await db.query(
      `INSERT INTO booking_reservations (resource_id, person_id, person_group, during, blocked, status)
       SELECT $1, 'q' || g, 'resident', tstzrange($2::timestamptz, $3::timestamptz), tstzrange($2::timestamptz, $3::timestamptz), 'confirmed'
         FROM generate_series(1, 3) g`,
      [small.id, '2025-03-12T09:00:00Z', '2025-03-12T11:00:00Z'],
    );
    expect(
      await service.occupancy([
        { resourceId: big.id, start: '2025-03-10T10:00', end: '2025-03-13T23:00' },
        { resourceId: small.id, start: '2025-03-12T10:00', end: '2025-03-12T12:00' },
      ]),
    ).toEqual([
      { seats: 5001, waiting: 0 },
      { seats: 3, waiting: 0 },
    ]);
  });
});
