import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  pgliteDatabase,
  postgresDatabase,
  skipPostgres,
  type TestDatabase,
} from '../../test/databases.js';
import { anotherProcess } from '../../test/fan-out.js';
import { notifyTestbed } from '../../test/testbed.js';
import type { SendInput } from '../index.js';
import { INSTALLATIONS_PER_PASS } from './fan-out-lists.js';

// Messages to lists of installations (a reminder run's streets) are fanned out many per
// pass; each must still reach exactly its listed installations, once, as its own push.
function suite(name: string, open: () => Promise<TestDatabase>) {
  describe(name, () => {
    const bed = notifyTestbed(open);
    let n = 0;

    async function residents(count: number, quietHours: { start: string; end: string } | null) {
      const list: { id: string; browser: string }[] = [];
      for (let i = 0; i < count; i++) {
        const id = randomUUID();
        const browser = bed.stub.subscribe();
        await bed.notify.installations.upsert(id, {
          topics: [],
          quietHours,
          subscription: browser,
        });
        list.push({ id, browser: browser.id });
      }
      return list;
    }
    const street = (ids: string[], extra: Partial<SendInput> = {}): SendInput => {
      const key = `strasse-${++n}`;
      return {
        installationIds: ids,
        title: { de: `Morgen: ${key}`, en: `Tomorrow: ${key}` },
        body: { de: 'Bitte bereitstellen', en: 'Please put it out' },
        ttl: 3600 + n,
        collapseKey: key,
        idempotencyKey: key,
        ...extra,
      };
    };
    const sendMany = (inputs: SendInput[]) =>
      bed.t.db.transaction((tx) => bed.notify.sendMany(tx, inputs));
    const dispatches = async (ids: string[]) =>
      (
        await bed.t.db.query<{ id: string; state: string; recipients: number | null }>(
          `select d.id::text as id, d.state, d.recipients from notify_dispatches d
            where d.id = any($1::bigint[]) order by d.id`,
          [ids],
        )
      ).rows;

    it('fans out many lists in one pass: each listed subscription once, with its own Topic and TTL; quiet hours hold', async () => {
      bed.clock.set('2026-05-04T16:00:00Z'); // 18:00 in Berlin
      const awake = await residents(12, null);
      const asleep = await residents(2, { start: '17:30', end: '07:00' });
      const gone = randomUUID(); // listed, but no such installation
      // 20 streets of 3 residents each (one street with one who sleeps), one message to a
      // single installation, and one to someone who is gone.
      const inputs = Array.from({ length: 20 }, (_, s) =>
        street([
          (awake[s % 12] as { id: string }).id,
          (awake[(s + 1) % 12] as { id: string }).id,
          s === 0 ? (asleep[0] as { id: string }).id : (awake[(s + 2) % 12] as { id: string }).id,
        ]),
      );
      inputs.push(street([(asleep[1] as { id: string }).id]));
      const { installationIds: _, ...single } = street([]);
      inputs.push({ ...single, installationId: (awake[5] as { id: string }).id });
      inputs.push(street([gone]));
      const written = await sendMany(inputs);
      const ids = written.map((w) => w.dispatchId);

      const worker = bed.notify.worker({ ca: bed.stub.ca });
      try {
        expect(await worker.fanOut()).toBe(inputs.length); // one pass
        expect(await worker.fanOut()).toBe(0);
        const fanned = await dispatches(ids);
        expect(fanned.every((d) => d.state === 'fanned_out')).toBe(true);
        expect(fanned.map((d) => d.recipients)).toEqual([
          ...inputs.map(() => 3).slice(0, 20),
          1,
          1,
          0,
        ]);
        const held = await bed.t.db.query<{ n: number }>(
          `select count(*)::int as n from notify_delivery_singles
            where dispatch_id = any($1::bigint[]) and deferred and due_at = '2026-05-05T05:00:00Z'`,
          [ids],
        );
        expect(held.rows[0]?.n).toBe(2); // until 07:00 Berlin time

        const run = await worker.runOnce();
        expect(run).toMatchObject({ fannedOut: 0, sent: 20 * 3 - 1 + 1, failed: 0 });
      } finally {
        await worker.stop();
      }
      const got = bed.stub.received.filter((m) => ids.includes(String(m.json.dispatch)));
      // Each (message, subscription) once; each push with its message's Topic and TTL.
      const pairs = got.map((m) => `${m.json.dispatch}:${m.subscription}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      for (const [i, input] of inputs.entries()) {
        const mine = got.filter((m) => String(m.json.dispatch) === ids[i]);
        for (const m of mine) {
          expect(m.ttl).toBe(input.ttl);
          expect(m.json.tag).toBe(input.collapseKey);
        }
        expect(new Set(mine.map((m) => m.topic)).size).toBeLessThanOrEqual(1);
      }
      expect(new Set(got.map((m) => m.topic)).size).toBe(20 + 1);
      for (const s of asleep)
        expect(bed.stub.received.filter((m) => m.subscription === s.browser)).toHaveLength(0);
    });

    it('takes as many lists as fit the pass (at least one), in due order; later ones wait', async () => {
      bed.clock.set('2026-05-06T10:00:00Z');
      // Ids of installations that do not exist cost the pass as listed ones do.
      const long = () =>
        Array.from({ length: Math.ceil(INSTALLATIONS_PER_PASS / 2) + 1 }, randomUUID);
      const later = new Date('2026-05-06T10:05:00Z');
      const written = await sendMany([
        street(long()),
        street(long()),
        street(long()),
        street(long(), { sendAt: later }),
      ]);
      const ids = written.map((w) => w.dispatchId);
      const worker = bed.notify.worker({ ca: bed.stub.ca });
      try {
        expect(await worker.fanOut()).toBe(2);
        expect(await worker.fanOut()).toBe(1);
        expect(await worker.fanOut()).toBe(0);
        expect((await dispatches(ids)).map((d) => d.state)).toEqual([
          'fanned_out',
          'fanned_out',
          'fanned_out',
          'pending',
        ]);
        bed.clock.set(later.toISOString());
        expect(await worker.fanOut()).toBe(1);
      } finally {
        await worker.stop();
      }
    });

    it('one claim fills its room with small batch rows, not just the first one', async () => {
      bed.clock.set('2026-05-08T16:00:00Z');
      // What earlier tests left due (held through quiet hours) is delivered first.
      const before = bed.notify.worker({ ca: bed.stub.ca });
      await before.runOnce();
      await before.stop();
      const people = await residents(6, null);
      const inputs = Array.from({ length: 10 }, (_, s) =>
        street([0, 1, 2].map((k) => (people[(s + k) % 6] as { id: string }).id)),
      );
      await sendMany(inputs);
      const worker = bed.notify.worker({ ca: bed.stub.ca, batchSize: 30 });
      try {
        expect(await worker.fanOut()).toBe(10);
        // A batch row was expected to hold 30 (the batch size); these hold 3 each.
        expect(await worker.deliverBatch()).toBe(30);
        expect(await worker.deliverBatch()).toBe(0);
      } finally {
        await worker.stop();
      }
    });

    it('workers in several processes fan out each list once: every resident gets each message once', async () => {
      bed.clock.set('2026-05-07T16:00:00Z');
      const people = await residents(30, null);
      const inputs = Array.from({ length: 120 }, (_, s) =>
        street([0, 1, 2, 3].map((k) => (people[(s * 7 + k) % 30] as { id: string }).id)),
      );
      const ids = (await sendMany(inputs)).map((w) => w.dispatchId);
      const processes = await Promise.all([0, 1, 2].map(() => anotherProcess(bed)));
      const workers = processes.map((p) => p.notify.worker({ ca: bed.stub.ca, batchSize: 50 }));
      try {
        const runs = await Promise.all(workers.map((w) => w.runOnce()));
        expect(runs.reduce((sum, r) => sum + r.fannedOut, 0)).toBe(inputs.length);
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
        for (const p of processes) await p.kill();
      }
      const got = bed.stub.received.filter((m) => ids.includes(String(m.json.dispatch)));
      expect(got).toHaveLength(inputs.length * 4);
      const pairs = new Set(got.map((m) => `${m.json.dispatch}:${m.subscription}`));
      expect(pairs.size).toBe(inputs.length * 4);
      expect((await dispatches(ids)).every((d) => d.recipients === 4)).toBe(true);
    });
  });
}

suite('lists fanned out together (PGlite)', pgliteDatabase);
describe.skipIf(skipPostgres)('PostgreSQL', () => {
  suite('lists fanned out together (PostgreSQL)', postgresDatabase);
});
