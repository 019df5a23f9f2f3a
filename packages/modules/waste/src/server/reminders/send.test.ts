import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueReminders, spreadOffsetSeconds } from './send.js';
import { openTestTown, type TestTown } from './test-town.js';

let town: TestTown;
beforeAll(async () => {
  town = await openTestTown();
});
afterAll(async () => {
  await town?.close();
});

/** Runs the job at every 5-minute due time from `from` to `to` (UTC); which runs sent what. */
async function runEveryFiveMinutes(from: string, to: string): Promise<Map<string, number>> {
  const sent = new Map<string, number>();
  for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += 5 * 60_000) {
    const dueAt = new Date(t);
    const result = await sendDueReminders(town.ctx, dueAt);
    if (result.sent) sent.set(dueAt.toISOString(), result.sent);
  }
  return sent;
}

describe('the reminders job', () => {
  it('reminds at 18:00 local on the evenings around both clock changes (17:00 UTC in winter, 16:00 UTC in summer)', async () => {
    const street = await town.street('Lindenstraße');
    // Pickups the days after Sat 27 Mar 2027 (still CET), Sun 28 Mar (CEST since 02:00),
    // Sat 30 Oct (still CEST) and Sun 31 Oct (CET since 03:00).
    await town.tour('papier', [street], ['2027-03-28', '2027-03-29', '2027-10-31', '2027-11-01']);
    const resident = await town.resident(street, [{ typeId: 'papier', evening: '18:00' }]);

    const spring = await runEveryFiveMinutes('2027-03-27T14:00:00Z', '2027-03-28T19:00:00Z');
    expect([...spring.keys()]).toEqual(['2027-03-27T17:00:00.000Z', '2027-03-28T16:00:00.000Z']);
    const autumn = await runEveryFiveMinutes('2027-10-30T14:00:00Z', '2027-10-31T19:00:00Z');
    expect([...autumn.keys()]).toEqual(['2027-10-30T16:00:00.000Z', '2027-10-31T17:00:00.000Z']);

    const sent = await town.dispatches();
    expect(sent.map((d) => d.collapse_key)).toEqual([
      `waste-${street}-papier-20270328`,
      `waste-${street}-papier-20270329`,
      `waste-${street}-papier-20271031`,
      `waste-${street}-papier-20271101`,
    ]);
    const [first] = sent;
    expect(first).toMatchObject({
      ids: [resident],
      url: '/abfall',
      title: { de: 'Morgen: Papier/Pappe', en: expect.stringMatching(/^Tomorrow: /) },
      body: {
        de: 'Lindenstraße: Bitte stellen Sie die Tonne bis 6:00 Uhr bereit.',
        en: 'Lindenstraße: please put the bin out by 6:00 am.',
      },
    });
    // Spread over at most two minutes after 18:00; the TTL ends at 06:00 on the pickup day.
    for (const [i, due] of ['2027-03-27T17:00:00Z', '2027-03-28T16:00:00Z'].entries()) {
      const d = sent[i];
      if (!d) throw new Error('missing dispatch');
      const offset = d.send_at.getTime() - new Date(due).getTime();
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThanOrEqual(120_000);
      // Summer time from 02:00 on 28 Mar: 06:00 on the 28th and 29th are both 04:00 UTC.
      const pickup = ['2027-03-28T04:00:00Z', '2027-03-29T04:00:00Z'][i] as string;
      expect(d.send_at.getTime() + d.ttl * 1000).toBe(new Date(pickup).getTime());
    }
  });

  it('sends nothing twice when a run is repeated, and nothing for cancelled pickups', async () => {
    const street = await town.street('Am Mühlenteich');
    const tour = await town.tour('restabfall', [street], ['2027-05-04', '2027-05-11']);
    await town.server.db.query(
      "UPDATE waste_pickups SET status = 'cancelled' WHERE tour_id = $1 AND date = '2027-05-11'",
      [tour],
    );
    await town.resident(street, [{ typeId: 'restabfall', evening: '19:30', morning: '05:15' }]);
    const before = (await town.dispatches()).length;
    // 19:30 CEST = 17:30 UTC on the evening before; 05:15 CEST = 03:15 UTC on the day.
    const evening = new Date('2027-05-03T17:30:00Z');
    expect(await sendDueReminders(town.ctx, evening)).toMatchObject({ groups: 1, sent: 1 });
    expect(await sendDueReminders(town.ctx, evening)).toMatchObject({ groups: 1, sent: 0 });
    const morning = new Date('2027-05-04T03:15:00Z');
    expect(await sendDueReminders(town.ctx, morning)).toMatchObject({ sent: 1 });
    expect(await sendDueReminders(town.ctx, new Date('2027-05-10T17:30:00Z'))).toMatchObject({
      groups: 0,
    });
    const sent = (await town.dispatches()).slice(before);
    expect(sent.map((d) => d.title.de)).toEqual(['Morgen: Restabfall', 'Heute: Restabfall']);
  });

  it('groups every resident of a street in one message and leaves out other streets and types', async () => {
    const [a, b] = [await town.street('Hagenstraße'), await town.street('Steegener Chaussee')];
    await town.tour('bioabfall', [a, b], ['2027-06-02']);
    await town.tour('gelbe-tonne', [a], ['2027-06-02']);
    const onA = [
      await town.resident(a, [{ typeId: 'bioabfall' }]),
      await town.resident(a, [{ typeId: 'bioabfall' }, { typeId: 'gelbe-tonne' }], {
        language: 'en',
      }),
    ];
    const onB = await town.resident(b, [{ typeId: 'bioabfall', evening: '18:00' }]);
    const notBio = await town.resident(a, [{ typeId: 'gelbe-tonne' }]);
    const laterTime = await town.resident(a, [{ typeId: 'bioabfall', evening: '20:00' }]);
    const before = (await town.dispatches()).length;
    const result = await sendDueReminders(town.ctx, new Date('2027-06-01T16:00:00Z'));
    expect(result).toMatchObject({ groups: 3, reminders: 5, sent: 3 });
    const sent = (await town.dispatches()).slice(before);
    const byKey = Object.fromEntries(sent.map((d) => [d.collapse_key, d.ids]));
    expect(byKey).toEqual({
      [`waste-${a}-bioabfall-20270602`]: [...onA].sort(),
      [`waste-${b}-bioabfall-20270602`]: [onB],
      [`waste-${a}-gelbe-tonne-20270602`]: [onA[1], notBio].sort(),
    });
    expect(Object.values(byKey).flat()).not.toContain(laterTime);
  });

  it('spreads groups over the window, the same way on every run', () => {
    const offsets = Array.from({ length: 200 }, (_, i) => spreadOffsetSeconds(`k${i}`, 120));
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...offsets)).toBeLessThanOrEqual(120);
    expect(new Set(offsets).size).toBeGreaterThan(60);
    expect(spreadOffsetSeconds('k7', 120)).toBe(offsets[7]);
    expect(spreadOffsetSeconds('k7', 0)).toBe(0);
  });
});
