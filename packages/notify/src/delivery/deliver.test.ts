import { describe, expect, it } from 'vitest';
import {
  pgliteDatabase,
  postgresDatabase,
  skipPostgres,
  type TestDatabase,
} from '../../test/databases.js';
import { anotherProcess, deliveryStates, followers, sendToFollowers } from '../../test/fan-out.js';
import { TEST_PUSH_SERVICES } from '../../test/fixtures.js';
import { notifyTestbed } from '../../test/testbed.js';
import { createPushSender, type PushSender } from '../index.js';

const SUBSCRIBERS = 200;
const ANSWERED = 100;
const CONCURRENCY = 8;
/** The bound: pushes sent whose outcome may not be written yet, twice the concurrency. */
const UNRECORDED = 2 * CONCURRENCY;

function suite(name: string, open: () => Promise<TestDatabase>) {
  describe(name, () => {
    const bed = notifyTestbed(open);

    it('a worker dying mid-batch after pushes were accepted: only its pushes in flight are sent again', async () => {
      const { t, stub, clock } = bed;
      await followers(bed, SUBSCRIBERS);
      await sendToFollowers(bed, ['k']);

      // The doomed worker really pushes; after ANSWERED answers its process dies the moment
      // the push service has accepted a message: the answer never reaches the worker.
      const doomedProcess = await anotherProcess(bed);
      const real = createPushSender({
        vapid: bed.notify.vapid,
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
      const doomed = doomedProcess.notify.worker({
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
      await doomedProcess.kill();
      real.close();

      const healthyProcess = await anotherProcess(bed);
      const healthy = healthyProcess.notify.worker({
        ca: stub.ca,
        concurrency: CONCURRENCY,
      });
      expect((await healthy.runOnce()).sent).toBe(0); // still leased to the dead worker
      clock.advance(60_000);
      const run = await healthy.runOnce();
      await healthy.stop();
      await healthyProcess.kill();

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
      expect(await deliveryStates(bed)).toEqual([{ state: 'sent', n: SUBSCRIBERS }]);
    });
  });
}

suite('a worker dying mid-batch, on PGlite', pgliteDatabase);
describe.skipIf(skipPostgres)('on PostgreSQL', () => {
  suite('a worker dying mid-batch, on PostgreSQL', postgresDatabase);
});
