/// <reference path="../../../../../notify/test/http_ece.d.ts" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The checking push service of notify's own tests: HTTPS on 127.0.0.1, decrypts every push.
import { type PushStub, startPushStub } from '../../../../../notify/test/push-stub.js';
import { openTestTown, type TestTown } from '../reminders/test-town.js';
import { announceChanges } from './announce.js';
import { recordChanges } from './record.js';

let stub: PushStub;
let town: TestTown;
beforeAll(async () => {
  stub = await startPushStub();
  town = await openTestTown({ env: stub.env, notifyWorker: { ca: stub.ca, intervalMs: 50 } });
});
afterAll(async () => {
  await town?.close();
  await stub?.close();
});

async function until(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`waited in vain for ${what}`);
}

/** A device with a push subscription at the stub; its installation id and the stub's id. */
async function device(locationId: number, typeIds: string[], language: 'de' | 'en' = 'de') {
  const { id: browser, ...subscription } = stub.subscribe();
  const id = await town.resident(
    locationId,
    typeIds.map((typeId) => ({ typeId })),
    { language, subscription },
  );
  return { id, browser };
}
const pushesTo = (browser: string) => stub.received.filter((m) => m.subscription === browser);

describe('announcing changed pickups', () => {
  it('pushes a holiday shift once, to exactly the devices following that tour’s streets and type', async () => {
    const [a, b, c] = [
      await town.street('Lange Straße'),
      await town.street('Parkstraße'),
      await town.street('Möllner Straße'),
    ];
    const shifted = await town.tour('papier', [a, b], ['2027-01-06', '2027-02-03']);
    await town.tour('papier', [c], ['2027-01-06']);
    await town.tour('restabfall', [a], ['2027-01-06']);
    const onA = await device(a, ['papier', 'restabfall']);
    const onB = await device(b, ['papier'], 'en');
    const otherType = await device(a, ['restabfall']);
    const otherTour = await device(c, ['papier']);

    await town.server.db.transaction(async (tx) => {
      await tx.query(
        "UPDATE waste_pickups SET date = '2027-01-07', planned_date = date, reason = 'holiday' WHERE tour_id = $1 AND date = '2027-01-06'",
        [shifted],
      );
      await recordChanges(tx, [
        { tourId: shifted, oldDate: '2027-01-06', newDate: '2027-01-07', reason: 'holiday' },
        // A change to a date already past is marked, not pushed.
        { tourId: shifted, oldDate: '2026-11-04', newDate: null, reason: 'missed' },
      ]);
    });
    const now = new Date('2027-01-02T09:00:00Z');
    expect(await announceChanges(town.ctx, now)).toEqual({
      changes: 2,
      announced: 1,
      messages: 2,
    });
    // The next run (or another process) finds nothing left to announce.
    expect(await announceChanges(town.ctx, now)).toEqual({ changes: 0, announced: 0, messages: 0 });
    const { rows } = await town.server.db.query(
      'SELECT 1 FROM waste_changes WHERE announced_at IS NULL',
    );
    expect(rows).toEqual([]);

    await until(
      'both pushes',
      () => pushesTo(onA.browser).length + pushesTo(onB.browser).length === 2,
    );
    await new Promise((r) => setTimeout(r, 300));
    const [toA] = pushesTo(onA.browser);
    expect(pushesTo(onA.browser)).toHaveLength(1);
    expect(toA?.json).toMatchObject({
      title: 'Abfuhrtermin geändert',
      body: 'Papier/Pappe: neuer Termin Do., 7. Jan. statt Mi., 6. Jan. (verschoben wegen Feiertag)',
      url: '/abfall',
    });
    // It replaces a reminder of the old date: the same Web Push Topic.
    expect(toA?.topic).toBe(`waste-${a}-papier-20270106`);
    expect(pushesTo(onB.browser).map((m) => m.json.body)).toEqual([
      'Paper and cardboard: new date Thu 7 Jan instead of Wed 6 Jan (moved because of a public holiday)',
    ]);
    expect(pushesTo(otherType.browser)).toEqual([]);
    expect(pushesTo(otherTour.browser)).toEqual([]);
  });

  it('words a cancelled and an added pickup', async () => {
    const street = await town.street('Kietz');
    const tour = await town.tour('bioabfall', [street], ['2027-03-10']);
    const resident = await device(street, ['bioabfall']);
    await town.server.db.transaction((tx) =>
      recordChanges(tx, [
        { tourId: tour, oldDate: '2027-03-10', newDate: null, reason: 'weather' },
        { tourId: tour, oldDate: null, newDate: '2027-03-12' },
      ]),
    );
    expect(await announceChanges(town.ctx, new Date('2027-03-01T09:00:00Z'))).toMatchObject({
      messages: 2,
    });
    await until('two pushes', () => pushesTo(resident.browser).length === 2);
    expect(
      pushesTo(resident.browser)
        .map((m) => m.json.body)
        .sort(),
    ).toEqual([
      'Bioabfall: Die Abfuhr am Mi., 10. März entfällt (wegen des Wetters)',
      'Bioabfall: zusätzlicher Termin am Fr., 12. März',
    ]);
  });
});
