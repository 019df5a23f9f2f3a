import { afterAll, beforeAll } from 'vitest';
import { createNotify, type Notify, type NotifyOptions } from '../src/index.js';
import type { TestDatabase } from './databases.js';
import { manualClock, TEST_PUSH_SERVICES, TOPICS, VAPID } from './fixtures.js';
import { type PushStub, startPushStub } from './push-stub.js';

/** What a describe block works with; filled in by its beforeAll. */
export interface Testbed {
  t: TestDatabase;
  stub: PushStub;
  notify: Notify;
  clock: ReturnType<typeof manualClock>;
  /** The options `notify` was made with, for notify on another handle (another process). */
  options: NotifyOptions;
}

/**
 * A database, a checking push service and notify on them (Berlin time, the test topics) for
 * the surrounding describe block; closed after it.
 */
export function notifyTestbed(open: () => Promise<TestDatabase>): Testbed {
  const clock = manualClock('2026-05-04T10:00:00Z');
  const options: NotifyOptions = {
    timezone: 'Europe/Berlin',
    vapid: VAPID,
    pushServices: TEST_PUSH_SERVICES,
    now: clock.now,
  };
  const bed = { clock, options } as Testbed;
  beforeAll(async () => {
    [bed.t, bed.stub] = await Promise.all([open(), startPushStub()]);
    bed.notify = createNotify(bed.t.db, options);
    await bed.notify.topics.declare(TOPICS);
  });
  afterAll(async () => {
    await bed.stub?.close();
    await bed.t?.close();
  });
  return bed;
}
