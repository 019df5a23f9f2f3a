import { isCityAppError } from '@city-app/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../test/databases.js';
import { printer, serviceFor } from '../test/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await pgliteDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe('anonymise', () => {
  it('replaces the person in ended reservations and their audit, and keeps the slot counted', async () => {
    const { service, setNow } = serviceFor(db);
    const r = await service.createResource(printer());
    const old = await service.createReservation({
      resourceId: r.id,
      personId: 'anna@example.org',
      group: 'resident',
      start: '2025-03-10T10:00',
      durationMinutes: 60,
      note: 'Eigenes Filament',
    });
    const later = await service.createReservation({
      resourceId: r.id,
      personId: 'anna@example.org',
      group: 'resident',
      start: '2025-03-20T10:00',
      durationMinutes: 60,
    });
    setNow('2025-03-15T00:00:00Z');
    const result = await service.anonymise({
      endedBefore: '2025-03-14T00:00',
      resourceIds: [r.id],
    });
    expect(result.reservationIds).toEqual([old.id]);
    const gone = await service.getReservation(old.id);
    expect(gone.personId).toBe(`anonymous:${old.id}`);
    expect(gone.note).toBeNull();
    expect(gone.status).toBe('confirmed');
    expect((await service.getReservation(later.id)).personId).toBe('anna@example.org');
    const audit = await service.auditLog({ reservationId: old.id });
    expect(audit.map((a) => a.actor)).toEqual([`anonymous:${old.id}`]);
    // A second run finds nothing more to do.
    expect((await service.anonymise({ endedBefore: '2025-03-14T00:00' })).reservationIds).toEqual(
      [],
    );
  });

  it('erases one person everywhere, waitlist included, and refuses to erase without a filter', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(printer());
    const taken = await service.createReservation({
      resourceId: r.id,
      personId: 'ben@example.org',
      group: 'resident',
      start: '2025-03-11T10:00',
      durationMinutes: 60,
    });
    const entry = await service.joinWaitlist({
      resourceId: r.id,
      personId: 'carla@example.org',
      group: 'resident',
      start: '2025-03-11T10:00',
      durationMinutes: 60,
    });
    const result = await service.anonymise({ personId: 'carla@example.org' });
    expect(result).toEqual({ reservationIds: [], waitlistIds: [entry.id] });
    expect((await service.getWaitlistEntry(entry.id)).personId).toBe(`anonymous:${entry.id}`);
    expect((await service.getReservation(taken.id)).personId).toBe('ben@example.org');
    await expect(service.anonymise({})).rejects.toSatisfy((e) =>
      isCityAppError(e, 'invalid_input'),
    );
  });
});

describe('listing exceptions and qualifications', () => {
  it('lists a resource’s exceptions from a date and a person’s qualifications', async () => {
    const { service } = serviceFor(db);
    const r = await service.createResource(printer());
    await service.setException(r.id, { date: '2025-03-04', closed: true, note: 'Inventur' });
    await service.setException(r.id, {
      date: '2025-04-01',
      closed: false,
      intervals: [{ opens: '10:00', closes: '12:00' }],
    });
    expect(await service.listExceptions(r.id, { from: '2025-03-05' })).toEqual([
      { date: '2025-04-01', closed: false, intervals: [{ opens: '10:00', closes: '12:00' }] },
    ]);
    expect((await service.listExceptions(r.id))[0]).toEqual({
      date: '2025-03-04',
      closed: true,
      intervals: [],
      note: 'Inventur',
    });
    await service.grantQualification('dora@example.org', '3d-printer-briefing', {
      expiresAt: '2026-01-01T00:00:00Z',
      grantedBy: 'staff:1',
    });
    expect(await service.listQualifications('dora@example.org')).toEqual([
      {
        prerequisite: '3d-printer-briefing',
        expiresAt: '2026-01-01T00:00:00.000Z',
        grantedBy: 'staff:1',
      },
    ]);
  });
});
