import { CityAppError, isCityAppError } from '@city-app/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../test/databases.js';
import { printer, serviceFor } from '../test/fixtures.js';
import type { BookingErrorDetails } from './index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** A refusal of the booking core, with its details typed. */
type Refusal = CityAppError & { details: BookingErrorDetails };

async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CityAppError) return error as Refusal;
    throw error;
  }
  throw new Error('expected a CityAppError, but it succeeded');
}

const person = { personId: 'anna', group: 'resident' };
/** An hour on Monday 10 March 2025, in local time. */
const tenOClock = { start: '2025-03-10T10:00', durationMinutes: 60 };

describe('reservations', () => {
  it('creates a reservation in local time and returns it with both views of the time', async () => {
    const { service, events } = serviceFor(db);
    const r = await service.createResource(printer());
    const res = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-10T10:00',
      durationMinutes: 60,
    });
    expect(res).toMatchObject({
      status: 'confirmed',
      start: '2025-03-10T09:00:00.000Z',
      startLocal: '2025-03-10T10:00',
      endLocal: '2025-03-10T11:00',
    });
    expect(events.map((e) => e.type)).toEqual(['created']);
    const audit = await service.auditLog({ reservationId: res.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'anna', action: 'created', toStatus: 'confirmed' });
  });

  it('returns the first reservation for a retried idempotency key', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(printer());
    const req = {
      resourceId: r.id,
      ...person,
      start: '2025-03-10T10:00',
      durationMinutes: 60,
      idempotencyKey: `k-${r.id}`,
    };
    const [a, b] = await Promise.all([
      service.createReservation(req),
      service.createReservation(req),
    ]);
    expect(a.id).toBe(b.id);
    expect(await service.listReservations({ resourceId: r.id })).toHaveLength(1);
    const other = await refusal(service.createReservation({ ...req, personId: 'ben' }));
    expect(other.code).toBe('idempotency_conflict');
  });

  it('returns the first reservation to a retry even when it took the last seat or used up the quota', async () => {
    const { service } = serviceFor(db);
    const seats = await service.createResource(
      printer({ kind: 'capacity', capacity: 2, category: 'kurs' }),
    );
    const lastSeats = {
      resourceId: seats.id,
      ...person,
      start: '2025-03-10T10:00',
      durationMinutes: 60,
      seats: 2,
      idempotencyKey: `seats-${seats.id}`,
    };
    const first = await service.createReservation(lastSeats);
    expect((await service.createReservation(lastSeats)).id).toBe(first.id);

    const limited = await service.createResource(
      printer({ rules: { maxHorizonDays: 365, quotas: [{ period: 'day', maxCount: 1 }] } }),
    );
    const onlyOne = {
      resourceId: limited.id,
      ...person,
      start: '2025-03-10T10:00',
      durationMinutes: 60,
      idempotencyKey: `quota-${limited.id}`,
    };
    const booked = await service.createReservation(onlyOne);
    expect((await service.createReservation(onlyOne)).id).toBe(booked.id);
    // A new request (a new key) meets the rules as they are.
    const next = await refusal(
      service.createReservation({ ...onlyOne, start: '2025-03-10T14:00', idempotencyKey: 'new' }),
    );
    expect(next.code).toBe('quota_exceeded');
    expect(await service.listReservations({ resourceId: limited.id })).toHaveLength(1);
  });

  it('returns the first reservation to a retry that comes after its start, and tells of it once', async () => {
    const { service, events, setNow } = serviceFor(db);
    const { id } = await service.createResource(printer());
    const req = { resourceId: id, ...person, ...tenOClock, idempotencyKey: `late-${id}` };
    const first = await service.createReservation(req);
    // The answer was lost; the app sends the request again once the booking has begun.
    setNow('2025-03-10T09:30:00Z');
    expect((await service.createReservation(req)).id).toBe(first.id);
    expect(events.filter((e) => e.type === 'created')).toHaveLength(1);
    expect(await service.listReservations({ resourceId: id })).toHaveLength(1);
  });

  it('refuses an overlapping reservation with slot_taken and the nearest free times', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(printer({ rules: { bufferAfterMinutes: 30 } }));
    await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-10T10:00',
      durationMinutes: 60,
    });
    // 11:00 would touch the 30-minute buffer after the first reservation.
    const e = await refusal(
      service.createReservation({
        resourceId: r.id,
        personId: 'ben',
        group: 'resident',
        start: '2025-03-10T11:00',
        durationMinutes: 60,
      }),
    );
    expect(e.code).toBe('slot_taken');
    expect(e.status).toBe(409);
    expect(e.details.alternatives?.map((a) => a.startLocal)).toEqual([
      '2025-03-10T11:30',
      '2025-03-10T12:00',
      '2025-03-10T12:30',
    ]);
    const ok = await service.createReservation({
      resourceId: r.id,
      personId: 'ben',
      group: 'resident',
      start: '2025-03-10T11:30',
      durationMinutes: 60,
    });
    expect(ok.blockedEnd).toBe('2025-03-10T12:00:00.000Z'); // ends 12:30 local, blocked until 13:00
  });

  it('names each broken rule with what to do', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(
      printer({
        rules: {
          minDurationMinutes: 60,
          maxDurationMinutes: 120,
          minNoticeMinutes: 24 * 60,
          maxHorizonDays: 30,
        },
      }),
    );
    const base = { resourceId: r.id, ...person };
    expect(
      (
        await refusal(
          service.createReservation({ ...base, start: '2025-03-10T10:00', durationMinutes: 30 }),
        )
      ).code,
    ).toBe('too_short');
    const long = await refusal(
      service.createReservation({ ...base, start: '2025-03-10T10:00', durationMinutes: 180 }),
    );
    expect(long).toMatchObject({ code: 'too_long', details: { maxMinutes: 120 } });
    const soon = await refusal(
      service.createReservation({ ...base, start: '2025-03-01T12:00', durationMinutes: 60 }),
    );
    expect(soon.code).toBe('notice_too_short');
    expect(soon.details.earliestStart).toBe('2025-03-02T08:00:00.000Z');
    expect(
      (
        await refusal(
          service.createReservation({ ...base, start: '2025-04-10T10:00', durationMinutes: 60 }),
        )
      ).code,
    ).toBe('beyond_horizon');
    const closed = await refusal(
      service.createReservation({ ...base, start: '2025-03-10T19:30', durationMinutes: 60 }),
    );
    expect(closed.code).toBe('outside_opening_hours');
    expect(closed.details.alternatives?.length).toBe(3);
    expect(
      (
        await refusal(
          service.createReservation({ ...base, start: '2025-03-10T10:10', durationMinutes: 60 }),
        )
      ).code,
    ).toBe('not_on_grid');
    const bad = await refusal(
      service.createReservation({ ...base, start: 'soon', durationMinutes: 60 }),
    );
    expect(bad).toMatchObject({ code: 'invalid_input', field: 'start' });
    const noResource = await refusal(
      service.createReservation({
        ...base,
        resourceId: 'nope',
        start: '2025-03-10T10:00',
        durationMinutes: 60,
      }),
    );
    expect(noResource.code).toBe('not_found');
    expect(await service.listReservations({ resourceId: r.id })).toHaveLength(0);
  });

  it('applies group rules over resource rules', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(
      printer({
        rules: { maxDurationMinutes: 120 },
        groupRules: { school: { maxDurationMinutes: 480 } },
      }),
    );
    const e = await refusal(
      service.createReservation({
        resourceId: r.id,
        ...person,
        start: '2025-03-10T08:00',
        durationMinutes: 240,
      }),
    );
    expect(e.code).toBe('too_long');
    const s = await service.createReservation({
      resourceId: r.id,
      personId: 'schule-1',
      group: 'school',
      start: '2025-03-10T08:00',
      durationMinutes: 240,
    });
    expect(s.status).toBe('confirmed');
  });
});

describe('time', () => {
  it('books across the spring DST change: 01:00–04:00 local lasts two hours', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(
      printer({
        openingHours: [{ weekday: 7, opens: '00:00', closes: '24:00' }],
        rules: { maxHorizonDays: 365, maxDurationMinutes: 600 },
      }),
    );
    const res = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-30T01:00',
      end: '2025-03-30T04:00',
    });
    expect(Date.parse(res.end) - Date.parse(res.start)).toBe(2 * 3_600_000);
    const [slots] = await service.findSlots({
      resourceIds: [r.id],
      from: '2025-03-30',
      to: '2025-03-31',
      durationMinutes: 60,
    });
    const starts = slots?.slots.map((s) => s.startLocal.slice(11)) ?? [];
    expect(starts).not.toContain('02:00'); // does not exist that night
    expect(starts.slice(0, 2)).toEqual(['00:00', '04:00']);
    expect(starts).toHaveLength(1 + 39); // 00:00, then every half hour from 04:00 to 23:00
  });

  it('books across the autumn DST change: the repeated hour holds two slots', async () => {
    const { service } = serviceFor(db, '2025-10-01T08:00:00Z');
    const r = await service.createResource(
      printer({
        openingHours: [{ weekday: 7, opens: '00:00', closes: '24:00' }],
        rules: { maxHorizonDays: 365, granularityMinutes: 60, minDurationMinutes: 60 },
      }),
    );
    const [slots] = await service.findSlots({
      resourceIds: [r.id],
      from: '2025-10-26',
      to: '2025-10-27',
      durationMinutes: 60,
    });
    const starts = slots?.slots.map((s) => s.startLocal.slice(11)) ?? [];
    expect(starts).toHaveLength(25);
    expect(starts.filter((s) => s === '02:00')).toHaveLength(2);
    const first = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-10-26T00:00:00Z',
      durationMinutes: 60,
    });
    const second = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-10-26T01:00:00Z',
      durationMinutes: 60,
    });
    expect([first.startLocal, second.startLocal]).toEqual(['2025-10-26T02:00', '2025-10-26T02:00']);
    expect(first.end).toBe(second.start);
  });

  it('books across midnight when opening hours run past it', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(
      printer({
        openingHours: [{ weekday: 5, opens: '18:00', closes: '02:00' }],
        rules: { maxHorizonDays: 365 },
      }),
    );
    const res = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-14T23:00',
      end: '2025-03-15T01:00',
    });
    expect([res.startLocal, res.endLocal]).toEqual(['2025-03-14T23:00', '2025-03-15T01:00']);
    const e = await refusal(
      service.createReservation({
        resourceId: r.id,
        personId: 'ben',
        group: 'resident',
        start: '2025-03-15T00:00',
        durationMinutes: 60,
      }),
    );
    expect(e.code).toBe('slot_taken');
    expect(
      (
        await refusal(
          service.createReservation({
            resourceId: r.id,
            ...person,
            start: '2025-03-15T01:30',
            durationMinutes: 60,
          }),
        )
      ).code,
    ).toBe('outside_opening_hours');
  });

  it('is closed on a holiday of the town’s state (Frauentag in MV) unless an exception opens it', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(printer());
    const e = await refusal(
      service.createReservation({
        resourceId: r.id,
        ...person,
        start: '2025-03-08T10:00',
        durationMinutes: 60,
      }),
    );
    expect(e.code).toBe('outside_opening_hours');
    expect(e.details.alternatives?.every((a) => !a.startLocal.startsWith('2025-03-08'))).toBe(true);
    const [none] = await service.findSlots({
      resourceIds: [r.id],
      from: '2025-03-08',
      to: '2025-03-09',
    });
    expect(none?.slots).toEqual([]);
    await service.setException(r.id, {
      date: '2025-03-08',
      closed: false,
      intervals: [{ opens: '10:00', closes: '14:00' }],
    });
    const ok = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-08T10:00',
      durationMinutes: 60,
    });
    expect(ok.status).toBe('confirmed');
  });

  it('respects blackouts and date exceptions in slot search', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(
      printer({ rules: { granularityMinutes: 60, minDurationMinutes: 60, maxHorizonDays: 365 } }),
    );
    await service.addBlackout(r.id, {
      start: '2025-03-11T08:00',
      end: '2025-03-11T18:00',
      reason: 'Wartung',
    });
    await service.setException(r.id, { date: '2025-03-12', closed: true });
    const [day] = await service.findSlots({
      resourceIds: [r.id],
      from: '2025-03-11',
      to: '2025-03-13',
      durationMinutes: 60,
    });
    expect(day?.slots.map((s) => s.startLocal)).toEqual(['2025-03-11T18:00', '2025-03-11T19:00']);
    const e = await refusal(
      service.createReservation({
        resourceId: r.id,
        ...person,
        start: '2025-03-11T09:00',
        durationMinutes: 60,
      }),
    );
    expect(e.code).toBe('outside_opening_hours');
  });

  it('finds the next free slot of any resource of a kind', async () => {
    const { service } = serviceFor(db);
    const a = await service.createResource(
      printer({
        category: 'vr-brille',
        rules: { granularityMinutes: 60, minDurationMinutes: 60, maxHorizonDays: 365 },
      }),
    );
    const b = await service.createResource(
      printer({
        category: 'vr-brille',
        rules: { granularityMinutes: 60, minDurationMinutes: 60, maxHorizonDays: 365 },
      }),
    );
    await service.createReservation({
      resourceId: a.id,
      ...person,
      start: '2025-03-02T08:00',
      durationMinutes: 60,
    });
    const next = await service.nextFreeSlot({
      category: 'vr-brille',
      after: '2025-03-02T08:00',
      durationMinutes: 60,
    });
    expect(next).toMatchObject({ resourceId: b.id, startLocal: '2025-03-02T08:00' });
  });
});

describe('rules with state', () => {
  it('enforces quotas per person and says how much is left', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(
      printer({
        rules: {
          maxHorizonDays: 365,
          quotas: [
            { period: 'week', maxCount: 2 },
            { period: 'day', maxHours: 3 },
          ],
        },
      }),
    );
    const book = (start: string, minutes: number, personId = 'anna') =>
      service.createReservation({
        resourceId: r.id,
        personId,
        group: 'resident',
        start,
        durationMinutes: minutes,
      });
    await book('2025-03-10T08:00', 120);
    const hours = await refusal(book('2025-03-10T12:00', 120));
    expect(hours.code).toBe('quota_exceeded');
    expect(hours.details.quota).toMatchObject({
      period: 'day',
      maxHours: 3,
      hoursLeft: 1,
      usedHours: 2,
    });
    await book('2025-03-11T08:00', 60);
    const count = await refusal(book('2025-03-12T08:00', 60));
    expect(count.details.quota).toMatchObject({
      period: 'week',
      maxCount: 2,
      countLeft: 0,
      periodStart: '2025-03-10',
    });
    await book('2025-03-12T08:00', 60, 'ben'); // another person is not affected
    await book('2025-03-17T08:00', 60); // the next week is
  });

  it('needs an unexpired prerequisite', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(
      printer({ rules: { maxHorizonDays: 365, prerequisites: ['3d-einweisung'] } }),
    );
    const req = {
      resourceId: r.id,
      personId: 'carl',
      group: 'resident',
      start: '2025-03-20T10:00',
      durationMinutes: 60,
    };
    const missing = await refusal(service.createReservation(req));
    expect(missing).toMatchObject({
      code: 'prerequisite_missing',
      details: { prerequisite: '3d-einweisung' },
    });
    await service.grantQualification('carl', '3d-einweisung', {
      expiresAt: '2025-03-15T00:00:00Z',
    });
    const expired = await refusal(service.createReservation(req));
    expect(expired.details.expiredAt).toBe('2025-03-15T00:00:00.000Z');
    await service.grantQualification('carl', '3d-einweisung', {
      expiresAt: '2026-03-01T00:00:00Z',
    });
    expect((await service.createReservation(req)).status).toBe('confirmed');
  });

  it('holds reservations that need approval as pending until staff approve or decline', async () => {
    const { service, events } = serviceFor(db);
    const r = await service.createResource(
      printer({ rules: { maxHorizonDays: 365, approvalRequired: true } }),
    );
    const a = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-20T10:00',
      durationMinutes: 60,
    });
    expect(a.status).toBe('pending');
    // A pending reservation already holds the slot.
    expect(
      (
        await refusal(
          service.createReservation({
            resourceId: r.id,
            personId: 'ben',
            group: 'resident',
            start: '2025-03-20T10:00',
            durationMinutes: 60,
          }),
        )
      ).code,
    ).toBe('slot_taken');
    expect((await service.approve(a.id, { actor: 'staff:lena' })).status).toBe('confirmed');
    expect((await refusal(service.approve(a.id, { actor: 'staff:lena' }))).code).toBe(
      'invalid_transition',
    );
    const b = await service.createReservation({
      resourceId: r.id,
      personId: 'ben',
      group: 'resident',
      start: '2025-03-21T10:00',
      durationMinutes: 60,
    });
    expect((await service.decline(b.id, { actor: 'staff:lena', reason: 'Wartung' })).status).toBe(
      'declined',
    );
    expect(events.map((e) => e.type)).toEqual(['created', 'approved', 'created', 'declined']);
    const audit = await service.auditLog({ reservationId: a.id });
    expect(audit.map((x) => [x.action, x.fromStatus, x.toStatus, x.actor])).toEqual([
      ['created', null, 'pending', 'anna'],
      ['approved', 'pending', 'confirmed', 'staff:lena'],
    ]);
  });

  it('lets persons cancel only before the deadline, staff always; the slot is free again', async () => {
    const { service, setNow } = serviceFor(db);
    const r = await service.createResource(
      printer({ rules: { maxHorizonDays: 365, cancellationDeadlineMinutes: 24 * 60 } }),
    );
    const a = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-05T10:00',
      durationMinutes: 60,
    });
    setNow('2025-03-04T12:00:00Z');
    const late = await refusal(service.cancel(a.id, { actor: 'anna' }));
    expect(late).toMatchObject({
      code: 'too_late_to_cancel',
      details: { deadline: '2025-03-04T09:00:00.000Z' },
    });
    expect((await service.cancel(a.id, { actor: 'staff:lena', asStaff: true })).status).toBe(
      'cancelled',
    );
    const again = await service.createReservation({
      resourceId: r.id,
      personId: 'ben',
      group: 'resident',
      start: '2025-03-05T10:00',
      durationMinutes: 60,
    });
    expect(again.status).toBe('confirmed');
  });

  it('reschedules atomically: the old time stays when the new one is taken', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(printer());
    const a = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-10T10:00',
      durationMinutes: 60,
    });
    await service.createReservation({
      resourceId: r.id,
      personId: 'ben',
      group: 'resident',
      start: '2025-03-10T14:00',
      durationMinutes: 60,
    });
    const e = await refusal(service.reschedule(a.id, { start: '2025-03-10T14:30', actor: 'anna' }));
    expect(e.code).toBe('slot_taken');
    expect((await service.getReservation(a.id)).startLocal).toBe('2025-03-10T10:00');
    // Moving by half an hour overlaps only itself.
    const moved = await service.reschedule(a.id, { start: '2025-03-10T10:30', actor: 'anna' });
    expect([moved.startLocal, moved.endLocal]).toEqual(['2025-03-10T10:30', '2025-03-10T11:30']);
    expect((await service.auditLog({ reservationId: a.id })).map((x) => x.action)).toEqual([
      'created',
      'rescheduled',
    ]);
  });

  it('checks in around the start and marks no-shows after it', async () => {
    const { service, setNow } = serviceFor(db);
    const r = await service.createResource(printer());
    const a = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-10T10:00',
      durationMinutes: 60,
    });
    const b = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-10T12:00',
      durationMinutes: 60,
    });
    expect((await refusal(service.checkIn(a.id, { actor: 'anna' }))).code).toBe(
      'invalid_transition',
    );
    expect((await refusal(service.markNoShow(b.id, { actor: 'staff' }))).code).toBe(
      'invalid_transition',
    );
    setNow('2025-03-10T08:50:00Z');
    expect((await service.checkIn(a.id, { actor: 'anna' })).status).toBe('checked_in');
    setNow('2025-03-10T11:20:00Z');
    expect((await service.markNoShow(b.id, { actor: 'staff' })).status).toBe('no_show');
  });

  it('emits reminder_due once when the reminder time has come', async () => {
    const { service, events, setNow } = serviceFor(db);
    const r = await service.createResource(
      printer({ rules: { maxHorizonDays: 365, reminderMinutes: 120 } }),
    );
    const a = await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-03T10:00',
      durationMinutes: 60,
    });
    setNow('2025-03-03T06:00:00Z');
    expect((await service.sendDueReminders()).map((x) => x.id)).not.toContain(a.id);
    setNow('2025-03-03T07:30:00Z');
    expect((await service.sendDueReminders()).map((x) => x.id)).toContain(a.id);
    expect((await service.sendDueReminders()).map((x) => x.id)).not.toContain(a.id);
    expect(
      events.filter((e) => e.type === 'reminder_due' && e.reservation.id === a.id),
    ).toHaveLength(1);
  });
});

describe('capacity', () => {
  it('sells seats up to capacity and reports the seats left', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(
      printer({ kind: 'capacity', capacity: 5, category: 'kurs' }),
    );
    await service.createReservation({
      resourceId: r.id,
      ...person,
      start: '2025-03-10T10:00',
      durationMinutes: 60,
      seats: 3,
    });
    const [slots] = await service.findSlots({
      resourceIds: [r.id],
      from: '2025-03-10',
      to: '2025-03-11',
      durationMinutes: 60,
    });
    expect(slots?.slots.find((s) => s.startLocal === '2025-03-10T10:00')?.seatsLeft).toBe(2);
    const e = await refusal(
      service.createReservation({
        resourceId: r.id,
        personId: 'ben',
        group: 'resident',
        start: '2025-03-10T10:30',
        durationMinutes: 60,
        seats: 3,
      }),
    );
    expect(e).toMatchObject({ code: 'slot_taken', details: { seatsLeft: 2 } });
    await service.createReservation({
      resourceId: r.id,
      personId: 'ben',
      group: 'resident',
      start: '2025-03-10T10:30',
      durationMinutes: 60,
      seats: 2,
    });
    const seatsErr = await refusal(
      service.createReservation({
        resourceId: r.id,
        ...person,
        start: '2025-03-10T12:00',
        durationMinutes: 60,
        seats: 6,
      }),
    );
    expect(seatsErr).toMatchObject({ code: 'invalid_input', field: 'seats' });
  });
});

describe('waitlist', () => {
  it('offers a freed slot to the first person waiting; an expired offer passes to the next', async () => {
    const { service, events, setNow } = serviceFor(db);
    const r = await service.createResource(
      printer({ rules: { maxHorizonDays: 365, waitlistOfferMinutes: 60 } }),
    );
    const slot = { resourceId: r.id, start: '2025-03-10T10:00', durationMinutes: 60 };
    const a = await service.createReservation({ ...slot, ...person });
    const ben = await service.joinWaitlist({ ...slot, personId: 'ben', group: 'resident' });
    const cleo = await service.joinWaitlist({ ...slot, personId: 'cleo', group: 'resident' });
    expect([ben.status, cleo.status]).toEqual(['waiting', 'waiting']);
    setNow('2025-03-02T08:00:00Z');
    await service.cancel(a.id, { actor: 'anna' });
    const offers = events.filter((e) => e.type === 'waitlist_offer');
    expect(offers.map((e) => e.type === 'waitlist_offer' && e.entry.personId)).toEqual(['ben']);
    expect((await service.getWaitlistEntry(ben.id)).offerExpiresAt).toBe(
      '2025-03-02T09:00:00.000Z',
    );
    expect((await service.getWaitlistEntry(cleo.id)).status).toBe('waiting');
    setNow('2025-03-02T09:00:01Z');
    const { expired, offered } = await service.processWaitlist();
    expect(expired.map((e) => e.personId)).toContain('ben');
    expect(offered.map((e) => e.personId)).toEqual(['cleo']);
    expect((await refusal(service.acceptOffer(ben.id, { personId: 'ben' }))).code).toBe(
      'offer_expired',
    );
    const booked = await service.acceptOffer(cleo.id, { personId: 'cleo' });
    expect(booked).toMatchObject({
      personId: 'cleo',
      startLocal: '2025-03-10T10:00',
      status: 'confirmed',
    });
    expect((await service.getWaitlistEntry(cleo.id)).status).toBe('accepted');
  });
});

describe('recurring series', () => {
  it('reports the one conflicting week with alternatives, and books the rest only when asked', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(printer({ rules: { maxHorizonDays: 365 } }));
    await service.createReservation({
      resourceId: r.id,
      personId: 'ben',
      group: 'resident',
      start: '2025-03-18T16:00',
      durationMinutes: 60,
    });
    const series = {
      resourceId: r.id,
      ...person,
      start: '2025-03-04T16:00',
      durationMinutes: 90,
      recurrence: { frequency: 'weekly' as const, count: 6 },
    };
    const e = await refusal(service.createSeries(series));
    expect(e.code).toBe('series_conflicts');
    const conflicts = e.details.conflicts as {
      occurrence: number;
      startLocal: string;
      code: string;
      message: { de: string; en: string };
      alternatives: { startLocal: string }[];
    }[];
    expect(conflicts.map((c) => [c.occurrence, c.startLocal, c.code])).toEqual([
      [3, '2025-03-18T16:00', 'slot_taken'],
    ]);
    // Each refusal in both languages, as its catalogue entry words it.
    expect(conflicts[0]?.message.de).toMatch(/schon gebucht/);
    expect(conflicts[0]?.message.en).toMatch(/already booked/);
    expect(conflicts[0]?.alternatives.map((a) => a.startLocal)).toEqual([
      '2025-03-18T14:30',
      '2025-03-18T17:00',
      '2025-03-18T17:30',
    ]);
    expect(await service.listReservations({ resourceId: r.id, personId: 'anna' })).toHaveLength(0);

    const done = await service.createSeries({ ...series, skipConflicts: true });
    expect(done.reservations.map((x) => x.startLocal)).toEqual([
      '2025-03-04T16:00',
      '2025-03-11T16:00',
      '2025-03-25T16:00',
      '2025-04-01T16:00', // same wall time after the DST change
      '2025-04-08T16:00',
    ]);
    expect(done.conflicts.map((c) => c.occurrence)).toEqual([3]);
    expect(new Set(done.reservations.map((x) => x.seriesId))).toEqual(new Set([done.seriesId]));
  });

  it('stops a daily series at its end date', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(printer());
    const done = await service.createSeries({
      resourceId: r.id,
      ...person,
      start: '2025-03-10T09:00',
      durationMinutes: 60,
      recurrence: { frequency: 'daily', until: '2025-03-12' },
    });
    expect(done.reservations.map((x) => x.startLocal.slice(0, 10))).toEqual([
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
    ]);
  });
});

describe('input', () => {
  it('refuses a bad resource naming the field, and writes nothing', async () => {
    const { service } = serviceFor(db);
    const e = await refusal(service.createResource(printer({ id: 'Bad Id' })));
    expect(e).toMatchObject({ code: 'invalid_input', field: 'id' });
    const hours = await refusal(
      service.createResource(
        printer({ id: 'ok-id-1', openingHours: [{ weekday: 8, opens: '08:00', closes: '10:00' }] }),
      ),
    );
    expect(hours.field).toBe('openingHours.0.weekday');
    const rules = await refusal(
      service.createResource(printer({ id: 'ok-id-2', rules: { granularityMinutes: 1 } })),
    );
    expect(rules.field).toBe('rules.granularityMinutes');
    expect((await service.listResources()).map((x) => x.id)).not.toContain('ok-id-1');
    expect(isCityAppError(e, 'invalid_input')).toBe(true);
    expect(e.toJSON()).toMatchObject({ code: 'invalid_input', field: 'id' });
  });

  it('refuses an unknown state or time zone when the service is made', async () => {
    const { createBookingService } = await import('./index.js');
    expect(() => createBookingService(db, { timezone: 'Europe/Berlin', state: 'DE-XX' })).toThrow(
      /DE-MV/,
    );
    expect(() => createBookingService(db, { timezone: 'Mars/Base', state: 'DE-MV' })).toThrow(
      /IANA/,
    );
  });
});
