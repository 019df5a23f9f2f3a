import { isCityAppError } from '@city-app/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pgliteDatabase,
  postgresDatabase,
  skipPostgres,
  type TestDatabase,
} from '../test/databases.js';
import { printer, serviceFor } from '../test/fixtures.js';
import {
  type BookingEvent,
  createBookingService,
  type Queryable,
  type Reservation,
} from './index.js';

function suite(open: () => Promise<TestDatabase>) {
  // A caller's own table, written in the booking's transaction (as a module writes its e-mails).
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
    await db.query(
      'CREATE TABLE caller_messages (id serial PRIMARY KEY, ref text NOT NULL, kind text NOT NULL)',
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  const person = { personId: 'anna', group: 'resident' };

  async function messages(ref: string): Promise<string[]> {
    const { rows } = await db.query<{ kind: string }>(
      'SELECT kind FROM caller_messages WHERE ref = $1 ORDER BY id',
      [ref],
    );
    return rows.map((r) => r.kind);
  }

  /** A hook that writes a message on `tx` after checking it sees the core's change there. */
  const record =
    (kind: string) =>
    async (tx: Queryable, r: { id: string; status: string }): Promise<void> => {
      const seen = await tx.query<{ status: string }>(
        'SELECT status FROM booking_reservations WHERE id = $1 UNION ALL SELECT status FROM booking_waitlist WHERE id = $1',
        [r.id],
      );
      expect(seen.rows[0]?.status).toBe(r.status);
      await tx.query('INSERT INTO caller_messages (ref, kind) VALUES ($1, $2)', [r.id, kind]);
    };

  /** Fails as a full mail queue would: a statement fails inside the transaction, then the error. */
  const boom = async (tx: Queryable): Promise<void> => {
    await tx.query('SELECT 1 / 0').catch(() => {
      throw new Error('the mail queue is full');
    });
  };

  async function failure(promise: Promise<unknown>): Promise<Error> {
    try {
      await promise;
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected it to fail, but it succeeded');
  }

  describe('a caller’s work in the booking’s transaction (within)', () => {
    it('writes with the reservation, and a failing hook leaves neither reservation nor audit', async () => {
      const { service, events } = serviceFor(db);
      const r = await service.createResource(printer());
      const slot = { resourceId: r.id, ...person, start: '2025-03-10T10:00', durationMinutes: 60 };

      const error = await failure(service.createReservation(slot, { within: boom }));
      // The hook's own error, not read as a refusal of the slot.
      expect(error.message).toBe('the mail queue is full');
      expect(isCityAppError(error)).toBe(false);
      expect(await service.listReservations({ resourceId: r.id })).toEqual([]);
      expect(await service.auditLog({ resourceId: r.id })).toEqual([]);
      expect(events).toEqual([]);

      const booked = await service.createReservation(slot, {
        within: async (tx, created) => {
          // The service reads on the hook's transaction when given it.
          const seen = await service.listReservations({ ids: [created.id] }, { tx });
          expect(seen.map((x) => x.id)).toEqual([created.id]);
          await record('confirmation')(tx, created);
        },
      });
      expect(await messages(booked.id)).toEqual(['confirmation']);
      expect(events.map((e) => e.type)).toEqual(['created']);
    });

    it('runs inside the quota check’s transaction too', async () => {
      const { service } = serviceFor(db);
      const r = await service.createResource(
        printer({ rules: { maxHorizonDays: 365, quotas: [{ period: 'week', maxCount: 1 }] } }),
      );
      const slot = { resourceId: r.id, ...person, start: '2025-03-10T10:00', durationMinutes: 60 };
      await failure(service.createReservation(slot, { within: boom }));
      // The rolled-back one did not use up the quota.
      const booked = await service.createReservation(slot, { within: record('confirmation') });
      expect(await messages(booked.id)).toEqual(['confirmation']);
    });

    it('does not run the hook again for a retried idempotency key', async () => {
      const { service } = serviceFor(db);
      const r = await service.createResource(printer());
      const req = {
        resourceId: r.id,
        ...person,
        start: '2025-03-10T12:00',
        durationMinutes: 60,
        idempotencyKey: `within-${r.id}`,
      };
      const first = await service.createReservation(req, { within: record('confirmation') });
      const again = await service.createReservation(req, { within: record('confirmation') });
      expect(again.id).toBe(first.id);
      expect(await messages(first.id)).toEqual(['confirmation']);
    });

    it('keeps a status change only together with the hook’s writes', async () => {
      const { service, setNow } = serviceFor(db);
      const r = await service.createResource(
        printer({ rules: { maxHorizonDays: 365, approvalRequired: true } }),
      );
      const pending = await service.createReservation({
        resourceId: r.id,
        ...person,
        start: '2025-03-10T10:00',
        durationMinutes: 60,
      });
      expect(pending.status).toBe('pending');
      await failure(service.approve(pending.id, { actor: 'staff', within: boom }));
      await failure(service.decline(pending.id, { actor: 'staff', within: boom }));
      await failure(service.cancel(pending.id, { actor: 'anna', within: boom }));
      expect((await service.getReservation(pending.id)).status).toBe('pending');

      await service.approve(pending.id, { actor: 'staff', within: record('approved') });
      setNow('2025-03-10T08:50:00Z');
      await failure(service.checkIn(pending.id, { actor: 'staff', within: boom }));
      setNow('2025-03-10T09:10:00Z');
      await failure(service.markNoShow(pending.id, { actor: 'staff', within: boom }));
      expect((await service.getReservation(pending.id)).status).toBe('confirmed');
      await service.markNoShow(pending.id, { actor: 'staff', within: record('no_show') });
      expect(await messages(pending.id)).toEqual(['approved', 'no_show']);
      expect((await service.auditLog({ reservationId: pending.id })).map((a) => a.action)).toEqual([
        'created',
        'approved',
        'no_show',
      ]);
    });

    it('moves a reservation only together with the hook’s writes', async () => {
      const { service } = serviceFor(db);
      const r = await service.createResource(printer());
      const booked = await service.createReservation({
        resourceId: r.id,
        ...person,
        start: '2025-03-10T10:00',
        durationMinutes: 60,
      });
      const error = await failure(
        service.reschedule(booked.id, { start: '2025-03-11T10:00', actor: 'anna', within: boom }),
      );
      expect(error.message).toBe('the mail queue is full');
      expect((await service.getReservation(booked.id)).startLocal).toBe('2025-03-10T10:00');
      const moved = await service.reschedule(booked.id, {
        start: '2025-03-11T10:00',
        actor: 'anna',
        within: async (tx, m) => {
          expect(m.startLocal).toBe('2025-03-11T10:00');
          await record('rescheduled')(tx, m);
        },
      });
      expect(moved.startLocal).toBe('2025-03-11T10:00');
      expect(await messages(booked.id)).toEqual(['rescheduled']);
    });

    it('joins, withdraws and accepts offers on the waitlist together with the hook’s writes', async () => {
      const { service, setNow } = serviceFor(db);
      const r = await service.createResource(
        printer({ rules: { maxHorizonDays: 365, waitlistOfferMinutes: 60 } }),
      );
      const slot = { resourceId: r.id, start: '2025-03-10T10:00', durationMinutes: 60 };
      const a = await service.createReservation({ ...slot, ...person });
      await failure(
        service.joinWaitlist({ ...slot, personId: 'ben', group: 'resident' }, { within: boom }),
      );
      expect(await service.listWaitlist(r.id)).toEqual([]);
      const ben = await service.joinWaitlist(
        { ...slot, personId: 'ben', group: 'resident' },
        { within: record('waitlisted') },
      );
      const cleo = await service.joinWaitlist({ ...slot, personId: 'cleo', group: 'resident' });
      expect(await messages(ben.id)).toEqual(['waitlisted']);

      await failure(service.withdrawFromWaitlist(cleo.id, { personId: 'cleo', within: boom }));
      expect((await service.getWaitlistEntry(cleo.id)).status).toBe('waiting');

      setNow('2025-03-02T08:00:00Z');
      await service.cancel(a.id, { actor: 'anna' });
      expect((await service.getWaitlistEntry(ben.id)).status).toBe('offered');
      await failure(service.acceptOffer(ben.id, { personId: 'ben', within: boom }));
      // Neither a reservation nor an accepted offer: the place is still offered to ben.
      expect((await service.getWaitlistEntry(ben.id)).status).toBe('offered');
      expect(await service.listReservations({ resourceId: r.id, active: true })).toEqual([]);

      const accepted = await service.acceptOffer(ben.id, {
        personId: 'ben',
        within: record('confirmation'),
      });
      expect(await service.getWaitlistEntry(ben.id)).toMatchObject({
        status: 'accepted',
        reservationId: accepted.id,
      });
      expect(await messages(accepted.id)).toEqual(['confirmation']);

      await service.withdrawFromWaitlist(cleo.id, {
        personId: 'cleo',
        within: async (tx, entry) => {
          expect(entry.status).toBe('withdrawn');
          await record('withdrawn')(tx, entry);
        },
      });
      expect(await messages(cleo.id)).toEqual(['withdrawn']);
    });
  });

  describe('what the core does on its own, in its transaction (beforeCommit)', () => {
    function serviceWith(beforeCommit: (tx: Queryable, event: BookingEvent) => Promise<void>) {
      let now = new Date('2025-03-01T08:00:00Z');
      const errors: unknown[] = [];
      const service = createBookingService(db, {
        timezone: 'Europe/Berlin',
        state: 'DE-MV',
        now: () => now,
        beforeCommit,
        onEventError: (error) => errors.push(error),
      });
      return { service, errors, setNow: (iso: string) => (now = new Date(iso)) };
    }

    it('writes a waitlist offer’s message with the offer; a failure keeps the place waiting', async () => {
      let failing = true;
      const { service, errors, setNow } = serviceWith(async (tx, event) => {
        if (event.type !== 'waitlist_offer') return;
        if (failing) await tx.query('SELECT 1 / 0');
        await record('offer')(tx, event.entry);
      });
      const r = await service.createResource(printer({ rules: { maxHorizonDays: 365 } }));
      const slot = { resourceId: r.id, start: '2025-03-10T10:00', durationMinutes: 60 };
      const a: Reservation = await service.createReservation({ ...slot, ...person });
      const ben = await service.joinWaitlist({ ...slot, personId: 'ben', group: 'resident' });
      setNow('2025-03-02T08:00:00Z');
      // The cancellation stands; the offer after it is not made, and nobody behind ben gets it.
      const cleo = await service.joinWaitlist({ ...slot, personId: 'cleo', group: 'resident' });
      await service.cancel(a.id, { actor: 'anna' });
      expect((await service.getReservation(a.id)).status).toBe('cancelled');
      expect((await service.getWaitlistEntry(ben.id)).status).toBe('waiting');
      expect((await service.getWaitlistEntry(cleo.id)).status).toBe('waiting');
      expect(errors.length).toBeGreaterThan(0);
      failing = false;
      const { offered } = await service.processWaitlist(r.id);
      expect(offered.map((e) => e.id)).toEqual([ben.id]);
      expect(await messages(ben.id)).toEqual(['offer']);
    });

    it('claims a due reminder only together with its message, and tries a failed one again', async () => {
      let failing = true;
      const { service, errors, setNow } = serviceWith(async (tx, event) => {
        if (event.type !== 'reminder_due') return;
        if (failing) await tx.query('SELECT 1 / 0');
        await record('reminder')(tx, event.reservation);
      });
      const r = await service.createResource(
        printer({ rules: { maxHorizonDays: 365, reminderMinutes: 120 } }),
      );
      const a = await service.createReservation({
        resourceId: r.id,
        ...person,
        start: '2025-03-03T10:00',
        durationMinutes: 60,
      });
      setNow('2025-03-03T07:30:00Z');
      expect((await service.sendDueReminders()).map((x) => x.id)).not.toContain(a.id);
      expect(errors).toHaveLength(1);
      failing = false;
      expect((await service.sendDueReminders()).map((x) => x.id)).toContain(a.id);
      expect((await service.sendDueReminders()).map((x) => x.id)).not.toContain(a.id);
      expect(await messages(a.id)).toEqual(['reminder']);
    });
  });
}

describe('on PGlite', () => suite(pgliteDatabase));
describe.skipIf(skipPostgres)('on PostgreSQL', () => suite(() => postgresDatabase(10)));
