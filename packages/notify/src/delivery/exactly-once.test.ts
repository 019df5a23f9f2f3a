import { describe, expect, it } from 'vitest';
import {
  pgliteDatabase,
  postgresDatabase,
  skipPostgres,
  type TestDatabase,
} from '../../test/databases.js';
import { anotherProcess, deliveryStates, followers, sendToFollowers } from '../../test/fan-out.js';
import { notifyTestbed } from '../../test/testbed.js';
import type { PushSender } from '../index.js';

const SUBSCRIBERS = 120;

function suite(name: string, open: () => Promise<TestDatabase>) {
  describe(name, () => {
    const bed = notifyTestbed(open);

    it('several workers, one killed mid-fan-out: every subscription gets each message exactly once', async () => {
      const { stub, clock } = bed;
      await followers(bed, SUBSCRIBERS);
      await sendToFollowers(bed, ['a', 'b', 'c']);

      // The doomed worker, in its own process-like handle: it claims a batch and its pushes
      // never come back (a hung connection, a frozen VM); then it is killed.
      const doomedProcess = await anotherProcess(bed);
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
      const doomed = doomedProcess.notify.worker({
        sender: hanging,
        batchSize: 50,
        leaseMs: 60_000,
      });
      expect(await doomed.fanOutOne()).toBe(SUBSCRIBERS);
      void doomed.deliverBatch();
      await hasClaimed;
      await doomedProcess.kill();

      // Healthy workers on their own handles, running at the same time.
      const processes = await Promise.all([0, 1, 2].map(() => anotherProcess(bed)));
      const workers = processes.map((p) =>
        p.notify.worker({ ca: stub.ca, batchSize: 40, concurrency: 8 }),
      );
      await Promise.all(workers.map((w) => w.runOnce()));
      const before = stub.received.length;
      // The doomed worker's 50 deliveries are still leased to it.
      expect(before).toBe(3 * SUBSCRIBERS - 50);
      clock.advance(60_000);
      await Promise.all(workers.map((w) => w.runOnce()));
      await Promise.all(workers.map((w) => w.stop()));
      await Promise.all(processes.map((p) => p.kill()));

      expect(stub.rejected).toEqual([]);
      const seen = new Map<string, number>();
      for (const m of stub.received) {
        const key = `${m.subscription}/${m.json.title}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      expect(seen.size).toBe(3 * SUBSCRIBERS);
      expect([...seen.values()].every((count) => count === 1)).toBe(true);
      expect(stub.received).toHaveLength(3 * SUBSCRIBERS);
      expect(await deliveryStates(bed)).toEqual([{ state: 'sent', n: 3 * SUBSCRIBERS }]);
    });
  });
}

suite('exactly once on PGlite', pgliteDatabase);
describe.skipIf(skipPostgres)('on PostgreSQL', () => {
  suite('exactly once on PostgreSQL', postgresDatabase);
});
