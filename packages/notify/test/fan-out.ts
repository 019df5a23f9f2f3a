import { randomUUID } from 'node:crypto';
import { createNotify, type Notify } from '../src/index.js';
import type { Testbed } from './testbed.js';

/**
 * What the tests of workers that die mid-fan-out share: many followers of one topic, messages
 * to them, and notify in "another process" (its own database handle) that can be killed.
 */

/** `count` installations following "baustellen", each subscribed at the push stub. */
export async function followers(bed: Testbed, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await bed.notify.installations.upsert(randomUUID(), {
      topics: ['baustellen'],
      subscription: bed.stub.subscribe(),
    });
  }
}

/** One message to "baustellen" per idempotency key, each in its own transaction. */
export async function sendToFollowers(bed: Testbed, keys: string[]): Promise<void> {
  for (const key of keys) {
    await bed.t.db.transaction((tx) =>
      bed.notify.send(tx, {
        topic: 'baustellen',
        title: `Meldung ${key}`,
        body: 'Text',
        idempotencyKey: key,
      }),
    );
  }
}

/** Notify in another process on the same database; `kill()` drops its handle mid-work. */
export async function anotherProcess(
  bed: Testbed,
): Promise<{ notify: Notify; kill(): Promise<void> }> {
  const db = await bed.t.open();
  return {
    notify: createNotify(db, bed.options),
    async kill() {
      // On PGlite every "process" shares the one handle, which the testbed closes.
      if (db !== bed.t.db) await db.close().catch(() => {});
    },
  };
}

/** How many deliveries are in each state. */
export async function deliveryStates(bed: Testbed): Promise<{ state: string; n: number }[]> {
  const { rows } = await bed.t.db.query<{ state: string; n: number }>(
    'select state, count(*)::int as n from notify_deliveries group by state',
  );
  return rows;
}
