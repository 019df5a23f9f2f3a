import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../test/databases.js';
import { AREAS, manualClock, TEST_PUSH_SERVICES, TOPICS, VAPID } from '../test/fixtures.js';
import { createNotify, type Notify } from './index.js';

const keys = {
  p256dh: 'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  auth: 'BTBZMqHH6r4Tts7J_aSIgg',
};
const sub = (n: number) => ({ endpoint: `https://push.example.net/p/${n}`, keys });

describe('createNotify', () => {
  let t: TestDatabase;
  let notify: Notify;
  const clock = manualClock('2026-05-04T10:00:00Z');
  beforeAll(async () => {
    t = await pgliteDatabase();
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
    await t?.close();
  });

  it('refuses a time zone that is no IANA name, naming the field', () => {
    expect(() => createNotify(t.db, { timezone: 'Europe/Hagenow', vapid: VAPID })).toThrow(
      expect.objectContaining({ field: 'timezone' }),
    );
    expect(() => createNotify(t.db, { timezone: 'Europe/Berlin', vapid: VAPID })).not.toThrow();
  });

  it('declares topics idempotently and lists them by field of action', async () => {
    await notify.topics.declare({
      ...TOPICS[0],
      name: { de: 'Baustellen', en: 'Roadworks' },
    } as never);
    const list = await notify.topics.list();
    expect(list.map((x) => x.id)).toEqual(['veranstaltungen', 'baustellen']);
    expect(list.find((x) => x.id === 'baustellen')?.name.en).toBe('Roadworks');
    await expect(
      notify.topics.declare({ id: 'Bad Id', name: { de: 'x' }, description: { de: 'x' } }),
    ).rejects.toMatchObject({
      field: 'id',
    });
  });

  it('stores an installation with topics, areas, quiet hours and a subscription, and exports it', async () => {
    const id = randomUUID();
    const inst = await notify.installations.upsert(id, {
      language: 'en',
      topics: ['baustellen', 'baustellen'],
      areas: ['altstadt'],
      quietHours: { start: '22:00', end: '07:00' },
      subscription: sub(1),
    });
    expect(inst).toMatchObject({
      id,
      language: 'en',
      topics: ['baustellen'],
      areas: ['altstadt'],
      quietHours: { start: '22:00', end: '07:00' },
      subscriptions: [{ endpoint: sub(1).endpoint }],
    });
    const updated = await notify.installations.upsert(id, {
      topics: ['veranstaltungen'],
      quietHours: null,
    });
    expect(updated).toMatchObject({
      language: 'de',
      topics: ['veranstaltungen'],
      areas: [],
      quietHours: null,
    });
    expect(updated.subscriptions).toHaveLength(1);
    expect(await notify.installations.export(id)).toMatchObject({
      installation: { id },
      deliveries: [],
      log: [],
    });
  });

  it('refuses unknown topics and areas, bad quiet hours and bad keys, naming the field, and writes nothing', async () => {
    const id = randomUUID();
    await expect(notify.installations.upsert(id, { topics: ['abfall'] })).rejects.toMatchObject({
      field: 'topics',
    });
    await expect(notify.installations.upsert(id, { areas: ['mond'] })).rejects.toMatchObject({
      field: 'areas',
      hint: expect.stringContaining('altstadt'),
    });
    await expect(
      notify.installations.upsert(id, { quietHours: { start: '22:00', end: '25:00' } }),
    ).rejects.toMatchObject({
      field: 'quietHours.end',
    });
    await expect(
      notify.installations.upsert(id, {
        subscription: { endpoint: sub(2).endpoint, keys: { ...keys, auth: 'x' } },
      }),
    ).rejects.toMatchObject({ field: 'subscription.keys.auth' });
    await expect(
      notify.installations.upsert(id, {
        subscription: { endpoint: 'http://push.example.net/p', keys },
      }),
    ).rejects.toMatchObject({ field: 'subscription.endpoint' });
    // A town's default: only the browsers' push services, on public addresses.
    const strict = createNotify(t.db, { timezone: 'Europe/Berlin', vapid: VAPID });
    for (const endpoint of [
      'https://127.0.0.1:8443/push/1',
      'https://[::ffff:10.0.0.1]/push/1',
      'https://intranet.rathaus.example/push/1',
    ]) {
      await expect(
        strict.installations.upsert(randomUUID(), { subscription: { endpoint, keys } }),
      ).rejects.toMatchObject({ code: 'push_endpoint_refused', field: 'subscription.endpoint' });
    }
    await expect(notify.installations.upsert('not-a-uuid', {})).rejects.toMatchObject({
      field: 'id',
    });
    expect(await notify.installations.get(id)).toBeUndefined();
  });

  it('writes the dispatch in the caller’s transaction: a rollback leaves no message behind', async () => {
    await t.db.query(
      'create table if not exists news (id serial primary key, title text not null)',
    );
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(`insert into news (title) values ('Vollsperrung Lange Straße')`);
        await notify.send(tx, {
          topic: 'baustellen',
          title: 'Vollsperrung',
          body: 'Lange Straße',
          idempotencyKey: 'news-1',
        });
        throw new Error('the editor’s save failed');
      }),
    ).rejects.toThrow('save failed');
    expect((await t.db.query('select * from news')).rows).toEqual([]);
    expect(
      (await t.db.query(`select * from notify_dispatches where idempotency_key = 'news-1'`)).rows,
    ).toEqual([]);

    const first = await t.db.transaction(async (tx) => {
      await tx.query(`insert into news (title) values ('Vollsperrung Lange Straße')`);
      return notify.send(tx, {
        topic: 'baustellen',
        title: 'Vollsperrung',
        body: 'Lange Straße',
        idempotencyKey: 'news-1',
      });
    });
    expect(first.created).toBe(true);
    const again = await t.db.transaction((tx) =>
      notify.send(tx, {
        topic: 'baustellen',
        title: 'Anders',
        body: 'Anders',
        idempotencyKey: 'news-1',
      }),
    );
    expect(again).toEqual({ dispatchId: first.dispatchId, created: false });
    expect(await notify.dispatches.get(first.dispatchId)).toMatchObject({
      topic: 'baustellen',
      state: 'pending',
      title: 'Vollsperrung',
    });
  });

  it('refuses a message whose payload would exceed 3,993 bytes, and unknown topics or areas', async () => {
    await expect(
      t.db.transaction((tx) =>
        notify.send(tx, {
          topic: 'baustellen',
          title: 'Lang',
          body: 'ä'.repeat(2000),
          idempotencyKey: 'long',
        }),
      ),
    ).rejects.toMatchObject({ code: 'push_payload_too_large', field: 'body' });
    await expect(
      t.db.transaction((tx) =>
        notify.send(tx, { topic: 'abfall', title: 'x', body: 'y', idempotencyKey: 'k1' }),
      ),
    ).rejects.toMatchObject({ field: 'topic' });
    await expect(
      t.db.transaction((tx) =>
        notify.send(tx, {
          topic: 'baustellen',
          area: 'mond',
          title: 'x',
          body: 'y',
          idempotencyKey: 'k2',
        }),
      ),
    ).rejects.toMatchObject({ field: 'area' });
    await expect(
      t.db.transaction((tx) =>
        notify.send(tx, {
          topic: 'baustellen',
          title: 'x',
          body: 'y',
          url: 'javascript:alert(1)',
          idempotencyKey: 'k3',
        }),
      ),
    ).rejects.toMatchObject({ field: 'url' });
  });

  it('deletes an installation with everything about it', async () => {
    const id = randomUUID();
    await notify.installations.upsert(id, { topics: ['baustellen'], subscription: sub(3) });
    expect(await notify.installations.delete(id)).toBe(true);
    expect(await notify.installations.get(id)).toBeUndefined();
    expect(
      (
        await t.db.query('select * from notify_subscriptions where endpoint = $1', [
          sub(3).endpoint,
        ])
      ).rows,
    ).toEqual([]);
    expect(await notify.installations.delete(id)).toBe(false);
  });

  it('refuses a time zone that does not exist', () => {
    expect(() =>
      createNotify(t.db, {
        timezone: 'Europe/Hagenow',
        vapid: VAPID,
        pushServices: TEST_PUSH_SERVICES,
      }),
    ).toThrow(expect.objectContaining({ field: 'timezone' }));
  });
});
