import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../../test/databases.js';
import { AREAS, manualClock, TEST_PUSH_SERVICES, TOPICS, VAPID } from '../../test/fixtures.js';
import { type PushStub, startPushStub } from '../../test/push-stub.js';
import { createNotify, type InstallationInput, type Notify, type SendInput } from '../index.js';

describe('notify workers deliver through a checking push service', () => {
  let t: TestDatabase;
  let stub: PushStub;
  let notify: Notify;
  const clock = manualClock('2026-05-04T10:00:00Z');
  let n = 0;

  beforeAll(async () => {
    [t, stub] = await Promise.all([pgliteDatabase(), startPushStub()]);
    notify = createNotify(t.db, {
      timezone: 'Europe/Berlin',
      vapid: VAPID,
      pushServices: TEST_PUSH_SERVICES,
      areas: AREAS,
      now: clock.now,
    });
    await notify.topics.declare(TOPICS);
  });
  afterAll(async () => {
    await stub?.close();
    await t?.close();
  });

  async function resident(input: InstallationInput) {
    const browser = stub.subscribe();
    const inst = await notify.installations.upsert(randomUUID(), {
      ...input,
      subscription: browser,
    });
    return { ...browser, installation: inst.id };
  }
  const send = (input: Omit<SendInput, 'idempotencyKey'>) =>
    t.db.transaction((tx) => notify.send(tx, { idempotencyKey: `k${++n}`, ...input }));
  const receivedBy = (id: string) => stub.received.filter((m) => m.subscription === id);
  /** A fresh topic per test, so residents of earlier tests stay out of the figures. */
  async function topic(): Promise<string> {
    const id = `thema-${++n}`;
    await notify.topics.declare({ id, name: { de: id }, description: { de: id } });
    return id;
  }
  const worker = () => notify.worker({ ca: stub.ca, backoffMs: 1000 });

  it('sends each matching subscription the localized message once, by topic and area', async () => {
    const de = await resident({ topics: ['baustellen'] });
    const en = await resident({ topics: ['baustellen'], language: 'en', areas: ['altstadt'] });
    const neudorf = await resident({ topics: ['baustellen'], areas: ['neudorf'] });
    const events = await resident({ topics: ['veranstaltungen'] });
    const { dispatchId } = await send({
      topic: 'baustellen',
      area: 'altstadt',
      title: { de: 'Vollsperrung', en: 'Road closed' },
      body: { de: 'Lange Straße ab Montag', en: 'Lange Straße from Monday' },
      url: '/news/42',
      urgency: 'high',
      ttl: 7200,
    });
    const w = worker();
    const run = await w.runOnce();
    await w.stop();
    expect(run).toMatchObject({ fannedOut: 1, sent: 2, failed: 0 });
    expect(stub.rejected).toEqual([]);
    expect(receivedBy(de.id).map((m) => m.json)).toEqual([
      {
        title: 'Vollsperrung',
        body: 'Lange Straße ab Montag',
        url: '/news/42',
        tag: `dispatch-${dispatchId}`,
        topic: 'baustellen',
        dispatch: dispatchId,
      },
    ]);
    expect(receivedBy(en.id)[0]).toMatchObject({
      json: { title: 'Road closed' },
      ttl: 7200,
      urgency: 'high',
    });
    expect(receivedBy(en.id)[0]?.topic).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(receivedBy(neudorf.id)).toEqual([]);
    expect(receivedBy(events.id)).toEqual([]);
    expect(await notify.dispatches.get(dispatchId)).toMatchObject({
      state: 'fanned_out',
      recipients: 2,
      deliveries: { sent: 2, pending: 0, failed: 0 },
    });
    const exported = await notify.installations.export(de.installation);
    expect(exported?.deliveries).toEqual([
      expect.objectContaining({ dispatch: dispatchId, state: 'sent', status: 201, attempts: 1 }),
    ]);
    expect(exported?.log).toEqual([]);
    // Nothing is due any more: a second run sends nothing.
    expect(await worker().runOnce()).toMatchObject({ fannedOut: 0, sent: 0 });
  });

  it('removes a subscription the push service answers 410 or 404 for', async () => {
    const tp = await topic();
    const gone = await resident({ topics: [tp] });
    const fine = await resident({ topics: [tp] });
    stub.expire(gone.id);
    const { dispatchId } = await send({ topic: tp, title: 'Stadtfest', body: 'Samstag' });
    const run = await worker().runOnce();
    expect(run).toMatchObject({ sent: 1, gone: 1 });
    expect((await notify.installations.get(gone.installation))?.subscriptions).toEqual([]);
    expect((await notify.installations.get(fine.installation))?.subscriptions).toHaveLength(1);
    expect((await notify.dispatches.get(dispatchId))?.deliveries).toMatchObject({
      sent: 1,
      gone: 1,
    });
  });

  it('retries 429 no earlier than Retry-After and 5xx with growing back-off, then gives up', async () => {
    const tp = await topic();
    const busy = await resident({ topics: [tp] });
    const flaky = await resident({ topics: [tp] });
    const broken = await resident({ topics: [tp] });
    stub.script(busy.id, { status: 429, retryAfter: '30' });
    stub.script(flaky.id, { status: 503 }, { status: 500 });
    stub.script(broken.id, ...Array.from({ length: 10 }, () => ({ status: 502 })));
    await send({ topic: tp, title: 'Konzert', body: 'Heute Abend' });
    const w = notify.worker({ ca: stub.ca, backoffMs: 1000, maxAttempts: 3 });
    expect(await w.runOnce()).toMatchObject({ sent: 0, retried: 3 });
    clock.advance(1000); // flaky's first back-off (1 s) is over; busy must wait 30 s
    expect(await w.runOnce()).toMatchObject({ sent: 0, retried: 2 });
    clock.advance(2000); // second back-off: 2 s
    expect(await w.runOnce()).toMatchObject({ sent: 1, failed: 1 });
    expect(receivedBy(flaky.id)).toHaveLength(1);
    expect(receivedBy(busy.id)).toHaveLength(0);
    clock.advance(27_000);
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect(receivedBy(busy.id)).toHaveLength(1);
    expect(receivedBy(broken.id)).toHaveLength(0);
    expect(stub.requests.filter((r) => r.subscription === broken.id)).toHaveLength(3);
    const log = (await notify.installations.export(flaky.installation))?.log as {
      status: number;
      outcome: string;
    }[];
    expect(log.map((l) => [l.status, l.outcome])).toEqual([
      [503, 'retry'],
      [500, 'retry'],
      [201, 'sent'],
    ]);
    await w.stop();
  });

  it('tells a resident only that a delivery failed, never the network error behind it', async () => {
    const tp = await topic();
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const browser = stub.subscribe();
    const inst = await notify.installations.upsert(randomUUID(), {
      topics: [tp],
      subscription: { ...browser, endpoint: `https://127.0.0.1:${port}/push/${browser.id}` },
    });
    await send({ topic: tp, title: 'Stadtfest', body: 'Samstag' });
    const w = notify.worker({ ca: stub.ca, backoffMs: 1000, maxAttempts: 1 });
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    await w.stop();
    const exported = await notify.installations.export(inst.id);
    expect(exported?.log).toMatchObject([
      { status: 0, outcome: 'failed', detail: 'delivery failed' },
    ]);
    expect(JSON.stringify(exported)).not.toMatch(/ECONNREFUSED|connect|socket/i);
  });

  it('holds messages through quiet hours across the spring DST change and sends one summary', async () => {
    // Saturday 28 March 2026, 23:30 in Hagenow (CET, UTC+1); clocks jump to CEST at 02:00.
    clock.set('2026-03-28T22:30:00Z');
    const [water, market] = [await topic(), await topic()];
    const sleeper = await resident({
      topics: [water, market],
      quietHours: { start: '22:00', end: '07:00' },
    });
    const awake = await resident({ topics: [water] });
    await send({ topic: water, title: 'Wasserrohrbruch', body: 'Markt gesperrt' });
    await send({ topic: market, title: 'Flohmarkt abgesagt', body: 'Regen' });
    const w = worker();
    expect(await w.runOnce()).toMatchObject({ fannedOut: 2, sent: 1 });
    expect(receivedBy(awake.id)).toHaveLength(1);
    // 07:00 CEST on 29 March is 05:00 UTC — an hour earlier in UTC than the evening before.
    clock.set('2026-03-29T04:59:00Z');
    expect(await w.runOnce()).toMatchObject({ sent: 0 });
    expect(receivedBy(sleeper.id)).toEqual([]);
    clock.set('2026-03-29T05:00:00Z');
    expect(await w.runOnce()).toMatchObject({ sent: 2 });
    expect(receivedBy(sleeper.id).map((m) => m.json)).toEqual([
      expect.objectContaining({
        title: '2 neue Mitteilungen',
        body: 'Wasserrohrbruch · Flohmarkt abgesagt',
        tag: 'summary',
      }),
    ]);
    await w.stop();
  });

  it('sends a message scheduled for later only when its time has come', async () => {
    clock.set('2026-05-04T10:00:00Z');
    const tp = await topic();
    const r = await resident({ topics: [tp] });
    await send({
      topic: tp,
      title: 'Morgen',
      body: 'Kehrmaschine',
      sendAt: new Date('2026-05-05T06:00:00Z'),
    });
    expect(await worker().runOnce()).toMatchObject({ fannedOut: 0 });
    clock.set('2026-05-05T06:00:00Z');
    expect(await worker().runOnce()).toMatchObject({ fannedOut: 1, sent: 1 });
    expect(receivedBy(r.id)).toHaveLength(1);
  });
});
