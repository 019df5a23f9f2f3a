import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ShiftResult, StaffPickup, TourDetail } from '../../api/staff.js';
import { isSample, setSample } from '../state.js';
import { ok, type StaffClient, startStaffClient } from './staff-testing.js';

let client: StaffClient;
let tour: TourDetail;

beforeAll(async () => {
  client = await startStaffClient();
});
afterAll(async () => {
  await client?.server.close();
});
const send: StaffClient['send'] = (...args) => client.send(...args);
beforeEach(async () => {
  await client.server.db.query('DELETE FROM waste_changes');
  tour = await ok<TourDetail>(
    send('POST', '/tours', { typeId: 'restabfall', name: 'Rest Mi' }),
    201,
  );
});

const add = (date: string) =>
  ok<StaffPickup>(send('POST', `/tours/${tour.id}/pickups`, { date }), 201);

/** What residents will be told, in the order it was recorded. */
async function changes() {
  const { rows } = await client.server.db.query<{
    old: string | null;
    new: string | null;
    reason: string | null;
  }>(
    `SELECT to_char(old_date, 'YYYY-MM-DD') AS old, to_char(new_date, 'YYYY-MM-DD') AS new, reason
       FROM waste_changes WHERE tour_id = $1 ORDER BY id`,
    [tour.id],
  );
  return rows;
}

describe('a tour’s pickups', () => {
  it('adds a date and records it; a second on the same day is refused', async () => {
    await setSample(client.server.db, false);
    const pickup = await add('2027-01-06');
    expect(pickup).toMatchObject({ date: '2027-01-06', status: 'scheduled', origin: 'manual' });
    const again = await send('POST', `/tours/${tour.id}/pickups`, { date: '2027-01-06' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'waste_pickup_exists', field: 'date' });
    const bad = await send('POST', `/tours/${tour.id}/pickups`, { date: '2027-02-30' });
    expect(await bad.json()).toMatchObject({ code: 'validation_failed', field: 'date' });
    expect(await changes()).toEqual([{ old: null, new: '2027-01-06', reason: null }]);
  });

  it('keeps a sample calendar a sample through edits, announcing nothing, until staff end it', async () => {
    await setSample(client.server.db, true);
    const pickup = await add('2027-01-06');
    await ok(send('POST', `/tours/${tour.id}/pickups/${pickup.id}/cancel`, { reason: 'other' }));
    // The other dates are still made up, and a made-up date that changes is no news.
    expect(await isSample(client.server.db)).toBe(true);
    expect(await changes()).toEqual([]);

    expect(await ok(send('POST', '/samples/end'))).toEqual({ sample: false, ended: true });
    expect(await isSample(client.server.db)).toBe(false);
    expect(await ok(send('POST', '/samples/end'))).toEqual({ sample: false, ended: false });
    await add('2027-01-20');
    expect(await changes()).toEqual([{ old: null, new: '2027-01-20', reason: null }]);
  });

  it('moves a date for a holiday keeping the first date, and back again', async () => {
    const pickup = await add('2027-12-25');
    const moved = await ok<StaffPickup>(
      send('POST', `/tours/${tour.id}/pickups/${pickup.id}/move`, {
        date: '2027-12-27',
        reason: 'holiday',
        note: { de: 'Wegen Weihnachten' },
      }),
    );
    expect(moved).toMatchObject({
      date: '2027-12-27',
      plannedDate: '2027-12-25',
      reason: 'holiday',
      note: { de: 'Wegen Weihnachten', en: 'Wegen Weihnachten' },
    });
    const again = await ok<StaffPickup>(
      send('POST', `/tours/${tour.id}/pickups/${pickup.id}/move`, {
        date: '2027-12-28',
        reason: 'other',
      }),
    );
    expect(again).toMatchObject({ plannedDate: '2027-12-25', reason: 'other', note: null });
    const back = await ok<StaffPickup>(
      send('POST', `/tours/${tour.id}/pickups/${pickup.id}/move`, {
        date: '2027-12-25',
        reason: 'other',
      }),
    );
    expect(back).toMatchObject({ date: '2027-12-25', plannedDate: null, reason: null });
    expect(await changes()).toEqual([
      { old: null, new: '2027-12-25', reason: null },
      { old: '2027-12-25', new: '2027-12-27', reason: 'holiday' },
      { old: '2027-12-27', new: '2027-12-28', reason: 'other' },
      { old: '2027-12-28', new: '2027-12-25', reason: 'other' },
    ]);
    const reason = await send('POST', `/tours/${tour.id}/pickups/${pickup.id}/move`, {
      date: '2027-12-29',
      reason: 'storm',
    });
    expect(await reason.json()).toMatchObject({ field: 'reason' });
  });

  it('refuses moving onto another date of the tour, and leaves both as they were', async () => {
    const first = await add('2027-03-03');
    await add('2027-03-10');
    const res = await send('POST', `/tours/${tour.id}/pickups/${first.id}/move`, {
      date: '2027-03-10',
      reason: 'missed',
    });
    expect(res.status).toBe(409);
    const detail = await ok<TourDetail>(send('GET', `/tours/${tour.id}`));
    expect(detail.pickups.map((p) => p.date)).toEqual(['2027-03-03', '2027-03-10']);
    expect((await changes()).length).toBe(2);
  });

  it('cancels and restores a date, and deletes one', async () => {
    const pickup = await add('2027-05-05');
    const cancelled = await ok<StaffPickup>(
      send('POST', `/tours/${tour.id}/pickups/${pickup.id}/cancel`, { reason: 'weather' }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', reason: 'weather' });
    const twice = await send('POST', `/tours/${tour.id}/pickups/${pickup.id}/cancel`, {
      reason: 'weather',
    });
    expect(await twice.json()).toMatchObject({ code: 'waste_pickup_already_cancelled' });
    const move = await send('POST', `/tours/${tour.id}/pickups/${pickup.id}/move`, {
      date: '2027-05-06',
      reason: 'other',
    });
    expect(await move.json()).toMatchObject({ code: 'waste_pickup_cancelled' });

    const restored = await ok<StaffPickup>(
      send('POST', `/tours/${tour.id}/pickups/${pickup.id}/restore`),
    );
    expect(restored).toMatchObject({ status: 'scheduled', reason: null });
    const notCancelled = await send('POST', `/tours/${tour.id}/pickups/${pickup.id}/restore`);
    expect(await notCancelled.json()).toMatchObject({ code: 'waste_pickup_not_cancelled' });

    expect((await send('DELETE', `/tours/${tour.id}/pickups/${pickup.id}`)).status).toBe(204);
    expect((await send('DELETE', `/tours/${tour.id}/pickups/${pickup.id}`)).status).toBe(404);
    expect(await changes()).toEqual([
      { old: null, new: '2027-05-05', reason: null },
      { old: '2027-05-05', new: null, reason: 'weather' },
      { old: null, new: '2027-05-05', reason: null },
      { old: '2027-05-05', new: null, reason: null },
    ]);
  });

  it('finds a pickup only through its own tour', async () => {
    const pickup = await add('2027-06-02');
    const other = await ok<TourDetail>(
      send('POST', '/tours', { typeId: 'papier', name: 'P' }),
      201,
    );
    const res = await send('POST', `/tours/${other.id}/pickups/${pickup.id}/cancel`, {
      reason: 'other',
    });
    expect(res.status).toBe(404);
  });
});

describe('moving a tour’s dates in a range', () => {
  it('moves every scheduled date in the range by a day, in one go, consecutive dates too', async () => {
    for (const date of ['2027-03-29', '2027-03-30', '2027-03-31', '2027-04-07']) await add(date);
    await client.server.db.query('DELETE FROM waste_changes');
    const result = await ok<ShiftResult>(
      send('POST', `/tours/${tour.id}/shift`, {
        from: '2027-03-29',
        to: '2027-03-31',
        days: 1,
        reason: 'holiday',
      }),
    );
    expect(result.moved).toBe(3);
    expect(result.tour.pickups.map((p) => [p.date, p.plannedDate])).toEqual([
      ['2027-03-30', '2027-03-29'],
      ['2027-03-31', '2027-03-30'],
      ['2027-04-01', '2027-03-31'],
      ['2027-04-07', null],
    ]);
    expect(await changes()).toHaveLength(3);
  });

  it('changes nothing when a moved date would meet a date outside the range', async () => {
    await add('2027-04-05');
    await add('2027-04-06');
    await client.server.db.query('DELETE FROM waste_changes');
    const res = await send('POST', `/tours/${tour.id}/shift`, {
      from: '2027-04-01',
      to: '2027-04-05',
      days: 1,
      reason: 'holiday',
    });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('waste_shift_collides');
    expect(body.message).toContain('2027-04-06');
    const detail = await ok<TourDetail>(send('GET', `/tours/${tour.id}`));
    expect(detail.pickups.map((p) => p.date)).toEqual(['2027-04-05', '2027-04-06']);
    expect(await changes()).toEqual([]);
  });

  it('refuses zero days, more than two weeks and a range ending before it starts', async () => {
    const shift = (body: object) =>
      send('POST', `/tours/${tour.id}/shift`, {
        from: '2027-04-01',
        to: '2027-04-05',
        reason: 'other',
        ...body,
      });
    expect(await (await shift({ days: 0 })).json()).toMatchObject({ field: 'days' });
    expect(await (await shift({ days: 15 })).json()).toMatchObject({ field: 'days' });
    expect(await (await shift({ days: 1, to: '2027-03-01' })).json()).toMatchObject({
      field: 'to',
    });
  });
});
