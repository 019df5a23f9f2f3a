/**
 * The notification SDK over a database: topics, anonymous installations and their
 * subscriptions, and `send`, which writes a dispatch into the outbox in the caller's
 * transaction. Workers (`notify.worker()`) deliver the outbox. This file only composes the
 * parts over one shared context.
 */
import { cityError, isTimeZone } from '@city-app/core';
import type { NotifyContext, NotifyLogger } from './context.js';
import type { NotifyDatabase, Queryable } from './db.js';
import { createWorker, type NotifyWorker, type WorkerOptions } from './delivery/worker.js';
import type { PushServicePolicy } from './endpoints/push-services.js';
import { createInstallations, type Installations } from './installations/installations.js';
import { createDispatches, type Dispatches } from './outbox/figures.js';
import { send } from './outbox/send.js';
import { sendMany } from './outbox/send-many.js';
import type { SendInput } from './schemas.js';
import { createTopics, type Topics } from './topics/topics.js';
import { createVapid, type VapidKeys } from './webpush/vapid.js';

export type { NotifyLogger } from './context.js';
export type { Installation } from './installations/installation.js';
export type { DispatchFigures } from './outbox/figures.js';
export type { Topic } from './topics/topics.js';

export interface NotifyOptions {
  /** The town's IANA time zone; quiet hours are in it (e.g. "Europe/Berlin"). */
  timezone: string;
  vapid: VapidKeys;
  /** The town's area ids (Ortsteile); a message or a preference may name only these. */
  areas?: string[];
  /**
   * Which push services subscriptions may point to. By default only the browsers' own
   * (BROWSER_PUSH_SERVICES), on public addresses, over https.
   */
  pushServices?: PushServicePolicy;
  /** Accept http:// endpoints (local benchmarks only). Same as `pushServices.allowInsecure`. */
  allowInsecureEndpoints?: boolean;
  now?: () => Date;
  log?: NotifyLogger;
}

/** The town's notify: its context (database, clock, zone, VAPID, push services) and its parts. */
export interface Notify extends NotifyContext {
  topics: Topics;
  installations: Installations;
  /**
   * Writes a dispatch into the outbox using `tx` — the caller's transaction — so the message
   * is sent exactly when the caller's change commits. Same idempotency key: no second dispatch.
   *
   * With `installationId` it reaches only that installation's subscriptions, whatever topics
   * it follows, still after its quiet hours; `topic` is then optional. An installation that
   * does not exist (any more) gets a dispatch with no recipients, not an error. Editors'
   * figures (`dispatches`) list topic messages only.
   */
  send(tx: Queryable, input: SendInput): Promise<{ dispatchId: string; created: boolean }>;
  /**
   * Many messages in one multi-row insert (a reminder run), in `tx`, each idempotent by its
   * key as with `send`; the results in the order of `inputs`. A message may name a list of
   * installations (`installationIds`): it reaches each of them that exists, whatever it
   * follows, after its quiet hours. At most 10,000 messages per call.
   */
  sendMany(
    tx: Queryable,
    inputs: readonly SendInput[],
  ): Promise<{ dispatchId: string; created: boolean }[]>;
  dispatches: Dispatches;
  worker(options?: WorkerOptions): NotifyWorker;
}

function checkTimezone(timezone: string): void {
  if (!isTimeZone(timezone)) {
    throw cityError('notify_bad_time_zone', { timezone }, { field: 'timezone' });
  }
}

export function createNotify(db: NotifyDatabase, options: NotifyOptions): Notify {
  checkTimezone(options.timezone);
  const pushServices: PushServicePolicy = {
    ...options.pushServices,
    ...(options.allowInsecureEndpoints ? { allowInsecure: true } : {}),
  };
  const ctx: NotifyContext = {
    db,
    now: options.now ?? (() => new Date()),
    timezone: options.timezone,
    // VAPID tokens are judged by the push service against real time, never a test clock.
    vapid: createVapid(options.vapid),
    pushServices,
    ...(options.log ? { log: options.log } : {}),
  };
  return {
    ...ctx,
    topics: createTopics(db),
    installations: createInstallations(ctx, options.areas, pushServices),
    send: (tx, input) => send(ctx, options.areas, tx, input),
    sendMany: (tx, inputs) => sendMany(ctx, options.areas, tx, inputs),
    dispatches: createDispatches(db),
    worker: (workerOptions) => createWorker(ctx, workerOptions),
  };
}
