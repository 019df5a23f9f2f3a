/**
 * Delivers the outbox. Two steps, both safe to run in many processes at once: fan-out
 * (fan-out.ts) turns due dispatches into deliveries; delivery claims due deliveries
 * (claim.ts), pushes them (deliver.ts) and records each outcome as it arrives (record.ts).
 *
 * The guarantee: no delivery is lost, and a subscription receives a message more than once
 * only if a worker dies after the push service accepted it and before its outcome was
 * written. Outcomes are written soon after they arrive, and a push holds a permit from
 * before it is sent until its outcome is committed; there are twice `concurrency` permits,
 * so a worker that dies causes at most 2 × `concurrency` (default 128) such copies — the
 * pushes it had on the network or answered but not yet written — whatever the batch size. Such a
 * re-send carries the same RFC 8030 Topic header and notification tag, so the push service
 * replaces the undelivered copy and the device replaces the shown notification: the
 * resident sees it once.
 */
import type { NotifyContext } from '../context.js';
import { createPushSender, type PushSender } from '../webpush/sender.js';
import { createClaimer } from './claim.js';
import { type Delivery, deliverClaim, type WorkerRun } from './deliver.js';
import { fanOutDue, fanOutOne } from './fan-out.js';
import { createPermits } from './permits.js';

export type { WorkerRun } from './deliver.js';

export interface WorkerOptions {
  /** How pushes leave; by default a keep-alive Web Push sender with the town's VAPID keys. */
  sender?: PushSender;
  /** Extra CA for the default sender (e.g. a local test push service's certificate). */
  ca?: string | Buffer;
  /**
   * Deliveries claimed at once (default 256). Fan-out groups up to this many (at most 256)
   * recipients into one batch row; a claim takes at least one batch.
   */
  batchSize?: number;
  /**
   * Pushes on the network at once across the worker (default 64). Twice this is the most
   * copies a worker that dies can cause to be sent again.
   */
  concurrency?: number;
  /** How long a claim holds before others may take over (default 120 s). */
  leaseMs?: number;
  /** Attempts before a delivery counts as failed (default 8). */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt (default 10 s, at most 1 h). */
  backoffMs?: number;
}

export interface NotifyWorker {
  /** Fans out due dispatches and delivers due deliveries until nothing is due. */
  runOnce(): Promise<WorkerRun>;
  /**
   * Fans out due dispatches once: many messages to installations by id, or one of any kind.
   * Returns how many dispatches were fanned out (0: none was due).
   */
  fanOut(): Promise<number>;
  /** Fans out one due dispatch, if any; returns the number of deliveries created, or -1. */
  fanOutOne(): Promise<number>;
  /** Claims and delivers one batch; returns how many were claimed. */
  deliverBatch(run?: WorkerRun): Promise<number>;
  /** Runs `runOnce` every `intervalMs` until `stop`. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

const MAX_GROUP = 256;

export function createWorker(ctx: NotifyContext, options: WorkerOptions = {}): NotifyWorker {
  const batchSize = options.batchSize ?? 256;
  // Recipients per batch row at fan-out.
  const groupSize = Math.max(1, Math.min(MAX_GROUP, batchSize));
  const concurrency = options.concurrency ?? 64;
  const sender =
    options.sender ??
    createPushSender({
      vapid: ctx.vapid,
      ...(options.ca ? { ca: options.ca } : {}),
      endpoints: ctx.pushServices,
      maxSockets: concurrency,
    });
  const delivery: Delivery = {
    claim: createClaimer(ctx, { batchSize, groupSize, leaseMs: options.leaseMs ?? 120_000 }),
    sender,
    writeBatch: concurrency,
    network: createPermits(concurrency),
    unrecorded: createPermits(2 * concurrency),
    retries: { maxAttempts: options.maxAttempts ?? 8, backoffMs: options.backoffMs ?? 10_000 },
  };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  const deliverBatch = (run: WorkerRun = emptyRun()) => deliverClaim(ctx, delivery, run);

  async function runOnce(): Promise<WorkerRun> {
    const run = emptyRun();
    for (;;) {
      const n = await fanOutDue(ctx, groupSize);
      if (n === 0) break;
      run.fannedOut += n;
    }
    // Two lanes, each claiming its own batch: one pushes while the other talks to the
    // database. They share the worker's permits, which bound the pushes in flight.
    const lane = async () => {
      while ((await deliverBatch(run)) > 0) {
        // Keep going while work is due.
      }
    };
    await Promise.all([lane(), lane()]);
    return run;
  }

  return {
    runOnce,
    fanOut: () => fanOutDue(ctx, groupSize),
    fanOutOne: () => fanOutOne(ctx, groupSize),
    deliverBatch,
    start(intervalMs = 1000) {
      const tick = () => {
        running = runOnce()
          .catch((error) => ctx.log?.error('Notification worker failed', { error: String(error) }))
          .finally(() => {
            if (timer) timer = setTimeout(tick, intervalMs);
          });
      };
      timer = setTimeout(tick, 0);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
      if (!options.sender) sender.close();
    },
  };
}

function emptyRun(): WorkerRun {
  return { fannedOut: 0, sent: 0, retried: 0, failed: 0, gone: 0 };
}
