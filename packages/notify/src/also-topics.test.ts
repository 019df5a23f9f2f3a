import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase, type TestDatabase } from '../test/databases.js';
import { TEST_PUSH_SERVICES, VAPID } from '../test/fixtures.js';
import { type PushStub, startPushStub } from '../test/push-stub.js';
import { createNotify, type Notify } from './index.js';

describe('one message for several topics (alsoTopics)', () => {
  let t: TestDatabase;
  let stub: PushStub;
  let notify: Notify;
  beforeAll(async () => {
    [t, stub] = await Promise.all([pgliteDatabase(), startPushStub()]);
    notify = createNotify(t.db, {
      timezone: 'Europe/Berlin',
      vapid: VAPID,
      pushServices: TEST_PUSH_SERVICES,
    });
    await notify.topics.declare([
      { id: 'news', name: { de: 'Alle Nachrichten' }, description: { de: 'Alles' } },
      {
        id: 'news.baustellen',
        name: { de: 'Baustellen' },
        description: { de: 'Sperrungen' },
        field: 'mobility',
        source: 'news',
      },
      { id: 'news.bildung', name: { de: 'Bildung' }, description: { de: 'Schulen' } },
    ]);
  });
  afterAll(async () => {
    await stub?.close();
    await t?.close();
  });

  async function resident(topics: string[]) {
    const browser = stub.subscribe();
    await notify.installations.upsert(randomUUID(), { topics, subscription: browser });
    return browser.id;
  }

  it('accepts topic ids grouped with dots', async () => {
    expect((await notify.topics.list()).map((x) => x.id)).toContain('news.baustellen');
  });

  it('reaches followers of any of the topics, each once', async () => {
    const both = await resident(['news', 'news.baustellen']);
    const general = await resident(['news']);
    const category = await resident(['news.baustellen']);
    const other = await resident(['news.bildung']);
    const { dispatchId } = await t.db.transaction((tx) =>
      notify.send(tx, {
        topic: 'news',
        alsoTopics: ['news.baustellen', 'news'],
        title: 'Vollsperrung Lange Straße',
        body: 'Ab Montag',
        idempotencyKey: 'news:1:publish',
      }),
    );
    const worker = notify.worker({ ca: stub.ca });
    const run = await worker.runOnce();
    await worker.stop();
    expect(run).toMatchObject({ fannedOut: 1, sent: 3 });
    const count = (id: string) => stub.received.filter((m) => m.subscription === id).length;
    expect([count(both), count(general), count(category), count(other)]).toEqual([1, 1, 1, 0]);
    expect(await notify.dispatches.get(dispatchId)).toMatchObject({ recipients: 3 });
  });

  it('refuses an unknown further topic and writes nothing', async () => {
    await expect(
      t.db.transaction((tx) =>
        notify.send(tx, {
          topic: 'news',
          alsoTopics: ['news.unbekannt'],
          title: 'x',
          body: 'y',
          idempotencyKey: 'unknown-also',
        }),
      ),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'alsoTopics' });
    const { rows } = await t.db.query(
      "select 1 from notify_dispatches where idempotency_key = 'unknown-also'",
    );
    expect(rows).toEqual([]);
  });
});
