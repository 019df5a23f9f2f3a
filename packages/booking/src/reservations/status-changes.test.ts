import { isCityAppError } from '@city-app/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../../test/databases.js';
import { printer, serviceFor } from '../../test/fixtures.js';
import type { BookingService, Reservation } from '../index.js';
import type { ReservationStatus } from './model.js';
import { STATUS_CHANGES, type StatusChange } from './status-changes.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
});
afterAll(async () => {
  await db?.close();
});

// Booked for 2025-03-10 10:00–11:00 Berlin (09:00Z); the clock starts on 2025-03-01.
const START = '2025-03-10T10:00';
const staff = { actor: 'staff-1' };

/** Each change through the service's public method, made by staff so no deadline applies. */
const make: Record<
  StatusChange['action'],
  (service: BookingService, id: string) => Promise<Reservation>
> = {
  approved: (s, id) => s.approve(id, staff),
  declined: (s, id) => s.decline(id, { ...staff, reason: 'test' }),
  cancelled: (s, id) => s.cancel(id, { ...staff, asStaff: true }),
  rescheduled: (s, id) =>
    s.reschedule(id, { start: '2025-03-12T14:00', durationMinutes: 60, ...staff, asStaff: true }),
  checked_in: (s, id) => s.checkIn(id, staff),
  no_show: (s, id) => s.markNoShow(id, staff),
};

/** The moment at which a change's timing holds (see `when` in the table). */
const momentFor: Record<NonNullable<StatusChange['when']> | 'any', string> = {
  any: '2025-03-01T08:00:00Z',
  'before the cancellation deadline': '2025-03-01T08:00:00Z',
  'during check-in': '2025-03-10T08:45:00Z',
  'after the start': '2025-03-10T09:30:00Z',
};

/** A fresh reservation brought into `status` the way staff would. */
async function reservationIn(status: ReservationStatus) {
  const { service, setNow } = serviceFor(db);
  const resource = await service.createResource(
    printer({ rules: { maxHorizonDays: 365, approvalRequired: true } }),
  );
  const pending = await service.createReservation({
    resourceId: resource.id,
    personId: 'anna',
    group: 'resident',
    start: START,
    durationMinutes: 60,
  });
  expect(pending.status).toBe('pending');
  const id = pending.id;
  if (status !== 'pending') {
    const path: Record<Exclude<ReservationStatus, 'pending'>, StatusChange['action'][]> = {
      confirmed: ['approved'],
      declined: ['declined'],
      cancelled: ['cancelled'],
      checked_in: ['approved', 'checked_in'],
      no_show: ['approved', 'no_show'],
    };
    for (const action of path[status]) {
      if (action === 'checked_in') setNow(momentFor['during check-in']);
      if (action === 'no_show') setNow(momentFor['after the start']);
      await make[action](service, id);
    }
  }
  expect((await service.getReservation(id)).status).toBe(status);
  return { service, setNow, id };
}

const statuses = Object.keys(STATUS_CHANGES) as ReservationStatus[];
const changes = [
  ...new Set(Object.values(STATUS_CHANGES).flatMap((allowed) => [...allowed])),
] as StatusChange[];

describe('the table of status changes', () => {
  it('allows what staff and residents rely on, and nothing from a finished reservation', () => {
    const table = Object.fromEntries(
      statuses.map((s) => [s, STATUS_CHANGES[s].map((c) => c.action).sort()]),
    );
    expect(table).toEqual({
      pending: ['approved', 'cancelled', 'declined', 'rescheduled'],
      confirmed: ['cancelled', 'checked_in', 'no_show', 'rescheduled'],
      checked_in: [],
      no_show: [],
      cancelled: [],
      declined: [],
    });
    expect(changes.map((c) => c.action).sort()).toEqual(Object.keys(make).sort());
  });

  for (const from of statuses) {
    for (const change of changes) {
      const allowed = STATUS_CHANGES[from].includes(change);
      it(`${allowed ? 'allows' : 'refuses'} ${change.action} from ${from}`, async () => {
        const { service, setNow, id } = await reservationIn(from);
        const before = await service.auditLog({ reservationId: id });
        if (allowed) {
          setNow(momentFor[change.when ?? 'any']);
          const after = await make[change.action](service, id);
          expect(after.status).toBe(change.to === 'unchanged' ? from : change.to);
          const audit = await service.auditLog({ reservationId: id });
          expect(audit.at(-1)).toMatchObject({ action: change.action, fromStatus: from });
          return;
        }
        const error = await make[change.action](service, id).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isCityAppError(error, 'invalid_transition')).toBe(true);
        expect(isCityAppError(error) && error.details.status).toBe(from);
        expect(isCityAppError(error) && error.status).toBe(409);
        // Refused means untouched: same status, nothing written to the audit log.
        expect((await service.getReservation(id)).status).toBe(from);
        expect(await service.auditLog({ reservationId: id })).toHaveLength(before.length);
      });
    }
  }
});
