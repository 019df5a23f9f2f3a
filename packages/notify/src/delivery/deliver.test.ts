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
import { createNotify, createPushSender, type PushSender } from '../index.js';

const SUBSCRIBERS = 200;
const ANSWERED = 100;
const CONCURRENCY = 8;
/** The bound: pushes sent whose outcome may not be written yet, twice the concurrency. */
const UNRECORDED = 2 * CONCURRENCY;

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

    it('a worker dying mid-batch after pushes were accepted: only its pushes in flight are sent again', async () => {
      const clock = manualClock('2026-05-04T10:00:00Z');
      const options = {
        timezone: 'Europe/Berlin',
        vapid: VAPID,
        pushServices: TEST_PUSH_SERVICES,
        now: clock.now,
      };
      const notify = createNotify(t.db, options);
      await notify.topics.declare(TOPICS);
      for (let i = 0; i < SUBSCRIBERS; i++) {
        await notify.installations.upsert(randomUUID(), {
          topics: ['baustellen'],
          subscription: stub.subscribe(),
        });
      }
      await t.db.transaction((tx) =>
        notify.send(tx, {
          topic: 'baustellen',
          title: 'Meldung',
          body: 'Text',
          idempotencyKey: 'k',
        }),
      );

      // The doomed worker really pushes; after ANSWERED answers its process dies the moment
      // the push service has accepted a message: the answer never reaches the worker.
      const doomedDb = await t.open();
      const real = createPushSender({
        vapid: notify.vapid,
        ca: stub.ca,
        endpoints: TEST_PUSH_SERVICES,
      });
      let answered = 0;
      let lost = 0;
      const dying: PushSender = {
        async send(target, payload, pushOptions) {
          const result = await real.send(target, payload, pushOptions);
          if (answered < ANSWERED) {
            answered++;
            return result;
          }
          lost++;
          return new Promise(() => {});
        },
        close() {},
      };
      const doomed = createNotify(doomedDb, options).worker({
        sender: dying,
        batchSize: 256,
        concurrency: CONCURRENCY,
        leaseMs: 60_000,
      });
      expect(await doomed.fanOutOne()).toBe(SUBSCRIBERS);
      doomed.deliverBatch().catch(() => {});
      // Wait until every network permit is held by a push whose answer was lost and the answered
      // outcomes are written (at most 20 s); then the process is gone.
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const { rows } = await t.db.query<{ n: number }>(
          'select count(*)::int as n from notify_deliveries where last_status is not null',
        );
        if (lost === CONCURRENCY && rows[0]?.n === ANSWERED) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(stub.received).toHaveLength(ANSWERED + CONCURRENCY);
      if (doomedDb !== t.db) await doomedDb.close().catch(() => {});
      real.close();

      const healthy = createNotify(await t.open(), options).worker({
        ca: stub.ca,
        concurrency: CONCURRENCY,
      });
      expect((await healthy.runOnce()).sent).toBe(0); // still leased to the dead worker
      clock.advance(60_000);
      const run = await healthy.runOnce();
      await healthy.stop();

      expect(stub.rejected).toEqual([]);
      const copies = new Map<string, number>();
      for (const m of stub.received)
        copies.set(m.subscription, (copies.get(m.subscription) ?? 0) + 1);
      expect(copies.size).toBe(SUBSCRIBERS);
      const twice = [...copies.values()].filter((n) => n > 1);
      // Before outcomes were written as they arrived, all it had pushed were sent again.
      expect(twice.length).toBeLessThanOrEqual(UNRECORDED);
      // Here the answered outcomes were written before the death: only those on the network.
      expect(twice).toEqual(Array(CONCURRENCY).fill(2));
      expect(run.sent).toBe(SUBSCRIBERS - ANSWERED);
      const { rows } = await t.db.query<{ state: string; n: number }>(
        'select state, count(*)::int as n from notify_deliveries group by state',
      );
      expect(rows).toEqual([{ state: 'sent', n: SUBSCRIBERS }]);
    });
  });
}

suite('a worker dying mid-batch, on PGlite', pgliteDatabase);
describe.skipIf(skipPostgres)('on PostgreSQL', () => {
  suite('a worker dying mid-batch, on PostgreSQL', postgresDatabase);
});
