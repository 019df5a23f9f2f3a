import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pgliteDatabase,
  postgresDatabase,
  skipPostgres,
  type TestDatabase,
} from '../../test/databases.js';
import { manualClock, TEST_PUSH_SERVICES, TOPICS, VAPID } from '../../test/fixtures.js';
import { type PushStub, startPushStub } from '../../test/push-stub.js';
import { createNotify, type PushSender } from '../index.js';

const SUBSCRIBERS = 120;

function suite(name: string, open: () => Promise<TestDatabase>) {
  describe(name, () => {
    let t: TestDatabase;
    let stub: PushStub;
    beforeAll(async () => {
      [t, stub] = await Promise.all([open(), startPushStub()]);
    });
    afterAll(async () => {
      await stub?.close();
      await t?.close();
    });

    it('several workers, one killed mid-fan-out: every subscription gets each message exactly once', async () => {
      const clock = manualClock('2026-05-04T10:00:00Z');
      const options = {
        timezone: 'Europe/Berlin',
        vapid: VAPID,
        pushServices: TEST_PUSH_SERVICES,
        now: clock.now,
      };
      const notify = createNotify(t.db, options);
      await notify.topics.declare(TOPICS);
      const browsers = Array.from({ length: SUBSCRIBERS }, () => stub.subscribe());
      for (const browser of browsers) {
        await notify.installations.upsert(randomUUID(), {
          topics: ['baustellen'],
          subscription: browser,
        });
      }
      for (const k of ['a', 'b', 'c']) {
        await t.db.transaction((tx) =>
          notify.send(tx, {
            topic: 'baustellen',
            title: `Meldung ${k}`,
            body: 'Text',
            idempotencyKey: k,
          }),
        );
      }

      // The doomed worker, in its own process-like handle: it claims a batch and its pushes
      // never come back (a hung connection, a frozen VM); then it is killed.
      const doomedDb = await t.open();
      let claimed!: () => void;
      const hasClaimed = new Promise<void>((resolve) => {
        claimed = resolve;
      });
      const hanging: PushSender = {
        send: () => {
          claimed();
          return new Promise(() => {});
        },
        close() {},
      };
      const doomed = createNotify(doomedDb, options).worker({
        sender: hanging,
        batchSize: 50,
        leaseMs: 60_000,
      });
      expect(await doomed.fanOutOne()).toBe(SUBSCRIBERS);
      void doomed.deliverBatch();
      await hasClaimed;
      if (doomedDb !== t.db) await doomedDb.close().catch(() => {});

      // Healthy workers on their own handles, running at the same time.
      const workers = await Promise.all(
        [0, 1, 2].map(async () =>
          createNotify(await t.open(), options).worker({
            ca: stub.ca,
            batchSize: 40,
            concurrency: 8,
          }),
        ),
      );
      await Promise.all(workers.map((w) => w.runOnce()));
      const before = stub.received.length;
      // The doomed worker's 50 deliveries are still leased to it.
      expect(before).toBe(3 * SUBSCRIBERS - 50);
      clock.advance(60_000);
      await Promise.all(workers.map((w) => w.runOnce()));
      await Promise.all(workers.map((w) => w.stop()));

      expect(stub.rejected).toEqual([]);
      const seen = new Map<string, number>();
      for (const m of stub.received) {
        const key = `${m.subscription}/${m.json.title}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      expect(seen.size).toBe(3 * SUBSCRIBERS);
      expect([...seen.values()].every((count) => count === 1)).toBe(true);
      expect(stub.received).toHaveLength(3 * SUBSCRIBERS);
      const { rows } = await t.db.query<{ state: string; n: number }>(
        'select state, count(*)::int as n from notify_deliveries group by state',
      );
      expect(rows).toEqual([{ state: 'sent', n: 3 * SUBSCRIBERS }]);
    });
  });
}

suite('exactly once on PGlite', pgliteDatabase);
describe.skipIf(skipPostgres)('on PostgreSQL', () => {
  suite('exactly once on PostgreSQL', postgresDatabase);
});
