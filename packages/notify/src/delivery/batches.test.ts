import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pgliteDatabase } from '../../test/databases.js';
import { manualClock, TEST_PUSH_SERVICES, TOPICS, VAPID } from '../../test/fixtures.js';
import { startPushStub } from '../../test/push-stub.js';
import { notifyTestbed } from '../../test/testbed.js';
import {
  createNotify,
  createPushSender,
  notifyMigrations,
  type PushSender,
  type Queryable,
} from '../index.js';

// Fan-out writes one row per batch of recipients; these tests check that a batch still
// behaves as one delivery per subscription for everything outside the worker.
describe('deliveries fanned out in batches', () => {
  const bed = notifyTestbed(pgliteDatabase);
  let n = 0;

  async function residents(count: number, topic: string) {
    const list = [];
    for (let i = 0; i < count; i++) {
      const browser = bed.stub.subscribe();
      const inst = await bed.notify.installations.upsert(randomUUID(), {
        topics: [topic],
        subscription: browser,
      });
      list.push({ ...browser, installation: inst.id });
    }
    return list;
  }
  async function topic(): Promise<string> {
    const id = `batch-${++n}`;
    await bed.notify.topics.declare({ id, name: { de: id }, description: { de: id } });
    return id;
  }
  const send = (tp: string, title: string) =>
    bed.t.db.transaction((tx) =>
      bed.notify.send(tx, { topic: tp, title, body: 'Text', idempotencyKey: `b${++n}` }),
    );
  const receivedBy = (id: string) => bed.stub.received.filter((m) => m.subscription === id);
  const viewRows = async (dispatchId: string) =>
    (
      await bed.t.db.query<{ subscription_id: string | number; state: string }>(
        'select subscription_id, state from notify_deliveries where dispatch_id = $1',
        [dispatchId],
      )
    ).rows;

  it('counts, exports and deletes each recipient of a batch as one delivery', async () => {
    const tp = await topic();
    const people = await residents(7, tp);
    const { dispatchId } = await send(tp, 'Wasserrohrbruch');
    const w = bed.notify.worker({ ca: bed.stub.ca, batchSize: 3 });
    expect(await w.fanOutOne()).toBe(7);
    const batches = await bed.t.db.query<{ n: number }>(
      'select cardinality(subscription_ids) as n from notify_delivery_batches where dispatch_id = $1 order by first_subscription',
      [dispatchId],
    );
    expect(batches.rows.map((r) => r.n)).toEqual([3, 3, 1]);
    expect(await viewRows(dispatchId)).toHaveLength(7);
    expect((await bed.notify.dispatches.get(dispatchId))?.deliveries).toMatchObject({ pending: 7 });

    expect(await w.runOnce()).toMatchObject({ sent: 7 });
    for (const p of people) expect(receivedBy(p.id)).toHaveLength(1);
    expect((await bed.notify.dispatches.get(dispatchId))?.deliveries).toEqual({
      pending: 0,
      sending: 0,
      sent: 7,
      failed: 0,
      gone: 0,
    });
    const first = people[0] as (typeof people)[0];
    expect((await bed.notify.installations.export(first.installation))?.deliveries).toMatchObject([
      { dispatch: dispatchId, state: 'sent', attempts: 1, status: 201 },
    ]);

    // A second message still pending when one resident deletes their data: it is not sent
    // to them, and neither message counts them any more.
    const second = await send(tp, 'Entwarnung');
    expect(await w.fanOutOne()).toBe(7);
    expect(await bed.notify.installations.delete(first.installation)).toBe(true);
    expect(await w.runOnce()).toMatchObject({ sent: 6 });
    expect(receivedBy(first.id)).toHaveLength(1);
    for (const p of people.slice(1)) expect(receivedBy(p.id)).toHaveLength(2);
    for (const id of [dispatchId, second.dispatchId]) {
      expect((await bed.notify.dispatches.get(id))?.deliveries).toMatchObject({ sent: 6 });
      expect(await viewRows(id)).toHaveLength(6);
    }
    expect(
      (await bed.notify.installations.export((people[1] as (typeof people)[0]).installation))
        ?.deliveries,
    ).toMatchObject([
      { dispatch: dispatchId, state: 'sent', status: 201 },
      { dispatch: second.dispatchId, state: 'sent', status: 201 },
    ]);
    await w.stop();
  });

  it('gives a failed member a row of its own: retried, removed or failed, the others sent', async () => {
    const tp = await topic();
    const [ok, flaky, gone, rejected] = await residents(4, tp);
    if (!ok || !flaky || !gone || !rejected) throw new Error('four residents');
    bed.stub.script(flaky.id, { status: 503 });
    bed.stub.expire(gone.id);
    bed.stub.script(rejected.id, { status: 400 });
    const { dispatchId } = await send(tp, 'Glatteis');
    const w = bed.notify.worker({ ca: bed.stub.ca, backoffMs: 1000 });
    expect(await w.runOnce()).toMatchObject({ sent: 1, retried: 1, gone: 1, failed: 1 });
    expect((await bed.notify.dispatches.get(dispatchId))?.deliveries).toEqual({
      pending: 1,
      sending: 0,
      sent: 1,
      failed: 1,
      gone: 1,
    });
    expect((await bed.notify.installations.get(gone.installation))?.subscriptions).toEqual([]);
    bed.clock.advance(1000);
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect(receivedBy(flaky.id)).toHaveLength(1);
    expect(receivedBy(ok.id)).toHaveLength(1);
    const states = Object.fromEntries(
      (await viewRows(dispatchId)).map((r) => [String(r.subscription_id), r.state]),
    );
    expect(Object.values(states).sort()).toEqual(['failed', 'gone', 'sent', 'sent']);
    const log = (await bed.notify.installations.export(flaky.installation))?.log as {
      status: number;
      outcome: string;
    }[];
    expect(log.map((l) => [l.status, l.outcome])).toEqual([
      [503, 'retry'],
      [201, 'sent'],
    ]);
    await w.stop();
  });

  it('keeps the members it had no time to push when the lease runs out, and sends them once', async () => {
    const tp = await topic();
    const people = await residents(5, tp);
    await send(tp, 'Hochwasser');
    const leaseMs = 60_000;
    const real = createPushSender({
      vapid: bed.notify.vapid,
      ca: bed.stub.ca,
      endpoints: TEST_PUSH_SERVICES,
    });
    // The first push takes the whole lease: the worker must not push the others on it.
    let pushes = 0;
    const slow: PushSender = {
      async send(target, payload, options) {
        const result = await real.send(target, payload, options);
        if (++pushes === 1) bed.clock.advance(leaseMs);
        return result;
      },
      close: () => real.close(),
    };
    const w = bed.notify.worker({ sender: slow, concurrency: 1, leaseMs });
    expect(await w.fanOutOne()).toBe(5);
    const first = { fannedOut: 0, sent: 0, retried: 0, failed: 0, gone: 0 };
    expect(await w.deliverBatch(first)).toBe(5);
    expect(first).toMatchObject({ sent: 1, retried: 0 });
    expect(pushes).toBe(1);
    // Due again at once, on a row each; the next claim sends them.
    expect((await bed.notify.dispatches.list(1))[0]?.deliveries).toMatchObject({
      sent: 1,
      pending: 4,
    });
    expect(await w.runOnce()).toMatchObject({ sent: 4 });
    for (const p of people) expect(receivedBy(p.id)).toHaveLength(1);
    await w.stop();
    real.close();
  });
});

describe('a database migrated from 004', () => {
  it('still delivers deliveries written in the former shape', async () => {
    const t = await pgliteDatabase();
    const stub = await startPushStub();
    try {
      // A database at 004 in its own schema, with a delivery pending and one leased to a
      // worker that died, both written by the former worker.
      const db = t.db;
      await db.query('create schema before_005; set search_path to before_005');
      const at = notifyMigrations.findIndex((m) => m.id.startsWith('005'));
      for (const m of notifyMigrations.slice(0, at)) await db.query(m.up);
      const clock = manualClock('2026-05-04T10:00:00Z');
      const notify = createNotify(db, {
        timezone: 'Europe/Berlin',
        vapid: VAPID,
        pushServices: TEST_PUSH_SERVICES,
        now: clock.now,
      });
      await notify.topics.declare(TOPICS);
      const a = stub.subscribe();
      const b = stub.subscribe();
      for (const s of [a, b]) {
        await notify.installations.upsert(randomUUID(), {
          topics: ['baustellen'],
          subscription: s,
        });
      }
      const { dispatchId } = await db.transaction((tx: Queryable) =>
        notify.send(tx, {
          topic: 'baustellen',
          title: 'Alte Meldung',
          body: 'Text',
          idempotencyKey: 'old',
        }),
      );
      await db.query(
        `update notify_dispatches set state = 'fanned_out', recipients = 2 where id = $1`,
        [dispatchId],
      );
      await db.query(
        `insert into notify_deliveries (dispatch_id, subscription_id, state, attempts, due_at, claim)
         select $1::bigint, s.id, case when s.endpoint = $2 then 'pending' else 'sending' end,
                case when s.endpoint = $2 then 0 else 1 end, $3::timestamptz,
                case when s.endpoint = $2 then null else gen_random_uuid() end
           from notify_subscriptions s`,
        [dispatchId, a.endpoint, clock.now().toISOString()],
      );
      for (const m of notifyMigrations.slice(at)) await db.query(m.up);

      const w = notify.worker({ ca: stub.ca });
      expect(await w.runOnce()).toMatchObject({ sent: 2 });
      expect(stub.received.map((m) => m.subscription).sort()).toEqual([a.id, b.id].sort());
      expect((await notify.dispatches.get(dispatchId))?.deliveries).toMatchObject({ sent: 2 });
      await w.stop();
    } finally {
      await stub.close();
      await t.close();
    }
  });
});
