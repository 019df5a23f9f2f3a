import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  pgliteDatabase,
  postgresDatabase,
  skipPostgres,
  type TestDatabase,
} from '../../test/databases.js';
import { notifyTestbed } from '../../test/testbed.js';
import type { SendInput } from '../index.js';

function suite(name: string, open: () => Promise<TestDatabase>) {
  describe(name, () => {
    const bed = notifyTestbed(open);

    async function installation(
      language: 'de' | 'en' = 'de',
      quietHours: { start: string; end: string } | null = null,
    ) {
      const id = randomUUID();
      const browser = bed.stub.subscribe();
      await bed.notify.installations.upsert(id, {
        language,
        topics: [],
        quietHours,
        subscription: browser,
      });
      return { id, browser: browser.id };
    }
    const sendMany = (inputs: SendInput[]) =>
      bed.t.db.transaction((tx) => bed.notify.sendMany(tx, inputs));
    const received = (subscription: string) =>
      bed.stub.received.filter((m) => m.subscription === subscription);
    const runWorker = async () => {
      const worker = bed.notify.worker({ ca: bed.stub.ca });
      try {
        return await worker.runOnce();
      } finally {
        await worker.stop();
      }
    };
    const reminder = (key: string, ids: string[], extra: Partial<SendInput> = {}): SendInput => ({
      installationIds: ids,
      topic: 'baustellen',
      title: { de: `Morgen: ${key}`, en: `Tomorrow: ${key}` },
      body: { de: 'Bitte bereitstellen', en: 'Please put it out' },
      ttl: 3600,
      collapseKey: `c-${key}`,
      idempotencyKey: `k-${key}`,
      ...extra,
    });

    it('writes many messages in one call, each to its list of installations, in their languages, once per key', async () => {
      bed.clock.set('2026-05-04T16:00:00Z');
      const [a, b, c, outsider] = await Promise.all([
        installation('de'),
        installation('en'),
        installation('de'),
        installation('de'),
      ]);
      if (!a || !b || !c || !outsider) throw new Error('no installations');
      const gone = randomUUID();
      const inputs = [reminder('papier', [a.id, b.id, gone]), reminder('bio', [c.id])];
      const first = await sendMany(inputs);
      expect(first.map((r) => r.created)).toEqual([true, true]);
      // The same run again (a job taken over): nothing new, the same dispatches.
      const again = await sendMany([...inputs, reminder('rest', [a.id])]);
      expect(again.slice(0, 2)).toEqual(first.map((r) => ({ ...r, created: false })));
      expect(again[2]?.created).toBe(true);

      expect(await runWorker()).toMatchObject({ fannedOut: 3, sent: 4, failed: 0 });
      // Two messages for one device; the workers' lanes may deliver them in either order.
      expect(
        received(a.browser)
          .map((m) => m.json.title)
          .sort(),
      ).toEqual(['Morgen: papier', 'Morgen: rest']);
      const [toB] = received(b.browser);
      expect(toB?.json).toMatchObject({ title: 'Tomorrow: papier', tag: 'c-papier' });
      expect(toB).toMatchObject({ ttl: 3600, topic: 'c-papier' });
      expect(received(c.browser).map((m) => m.json.title)).toEqual(['Morgen: bio']);
      expect(received(outsider.browser)).toEqual([]);
      const { rows } = await bed.t.db.query<{ kind: string; recipients: number }>(
        'select kind, recipients from notify_dispatches where id = $1',
        [first[0]?.dispatchId],
      );
      expect(rows).toEqual([{ kind: 'installations', recipients: 2 }]);
    });

    it('holds a listed installation through its quiet hours, and sends at sendAt', async () => {
      bed.clock.set('2026-05-04T20:30:00Z'); // 22:30 in Berlin
      const sleeper = await installation('de', { start: '22:00', end: '07:00' });
      const awake = await installation('de');
      await sendMany([
        reminder('spaet', [sleeper.id, awake.id], { ttl: 12 * 3600 }),
        reminder('later', [awake.id], { sendAt: new Date('2026-05-04T20:45:00Z') }),
      ]);
      expect(await runWorker()).toMatchObject({ sent: 1 });
      expect(received(awake.browser).map((m) => m.json.title)).toEqual(['Morgen: spaet']);
      bed.clock.set('2026-05-04T20:45:00Z');
      expect(await runWorker()).toMatchObject({ sent: 1 });
      expect(received(sleeper.browser)).toEqual([]);
      bed.clock.set('2026-05-05T05:00:00Z');
      expect(await runWorker()).toMatchObject({ sent: 1 });
      expect(received(sleeper.browser).map((m) => m.json.title)).toEqual(['Morgen: spaet']);
      // Its time to live counts from when it was due: 12 hours less the 8½ it waited.
      expect(received(sleeper.browser)[0]).toMatchObject({ ttl: 12 * 3600 - 8.5 * 3600 });
    });

    it('drops a delivery whose time to live ran out while it waited through quiet hours', async () => {
      bed.clock.set('2026-05-07T20:30:00Z'); // 22:30 in Berlin
      const sleeper = await installation('de', { start: '22:00', end: '07:00' });
      // A reminder for a collection at 06:00: worthless after it.
      await sendMany([reminder('abfuhr', [sleeper.id], { ttl: 7 * 3600 })]);
      expect(await runWorker()).toMatchObject({ sent: 0 });
      bed.clock.set('2026-05-08T05:00:00Z'); // 07:00 in Berlin, an hour after the collection
      expect(await runWorker()).toMatchObject({ sent: 0, failed: 1 });
      expect(received(sleeper.browser)).toEqual([]);
      const { rows } = await bed.t.db.query<{ outcome: string }>(
        `select outcome from notify_delivery_log l join notify_dispatches d on d.id = l.dispatch_id
          where d.collapse_key = 'c-abfuhr'`,
      );
      expect(rows.map((r) => r.outcome)).toEqual(['expired']);
    });

    it('takes a deleted installation out of every list, and tells which installations exist', async () => {
      bed.clock.set('2026-05-06T10:00:00Z');
      const leaving = await installation();
      const staying = await installation();
      const [sent] = await sendMany([reminder('weg', [leaving.id, staying.id])]);
      expect(await bed.notify.installations.delete(leaving.id)).toBe(true);
      const { rows } = await bed.t.db.query<{ ids: string[] }>(
        'select installation_ids::text[] as ids from notify_dispatches where id = $1',
        [sent?.dispatchId],
      );
      expect(rows[0]?.ids).toEqual([staying.id]);
      expect(
        (
          await bed.notify.installations.existing([
            leaving.id,
            staying.id.toUpperCase(),
            'kein-uuid',
          ])
        ).sort(),
      ).toEqual([staying.id]);
      expect(await runWorker()).toMatchObject({ fannedOut: 1, sent: 1 });
      expect(received(leaving.browser)).toEqual([]);
    });

    it('refuses a bad message naming it, and writes none of the call', async () => {
      const someone = await installation();
      const cases: [Partial<SendInput>, string][] = [
        [{ installationIds: [] }, 'messages.1.installationIds'],
        [{ installationIds: ['nicht-uuid'] }, 'messages.1.installationIds.0'],
        [{ installationId: someone.id }, 'messages.1.installationIds'],
        [{ alsoTopics: ['veranstaltungen'] }, 'messages.1.alsoTopics'],
        [{ topic: 'unbekannt' }, 'topic'],
      ];
      for (const [extra, field] of cases) {
        await expect(
          sendMany([reminder('gut', [someone.id]), reminder('schlecht', [someone.id], extra)]),
        ).rejects.toMatchObject({ code: expect.any(String), field });
      }
      const { rows } = await bed.t.db.query(
        "select 1 from notify_dispatches where idempotency_key in ('k-gut', 'k-schlecht')",
      );
      expect(rows).toEqual([]);
    });
  });
}

suite('many messages to lists of installations on PGlite', pgliteDatabase);
describe.skipIf(skipPostgres)('on PostgreSQL', () => {
  suite('many messages to lists of installations on PostgreSQL', postgresDatabase);
});
