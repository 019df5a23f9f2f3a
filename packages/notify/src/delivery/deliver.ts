/**
 * Delivering one claim: pushes with at most `concurrency` on the network across the worker,
 * and outcomes written soon after they arrive (outcome-writer.ts). A push holds an
 * `unrecorded` permit (twice `concurrency`) from before it is sent until its outcome is
 * committed, so when a worker dies, the pushes the service may have accepted without their
 * outcome being written — the only ones another worker sends again — number at most twice
 * `concurrency`: those on the network and those answered but not yet written.
 */
import type { NotifyContext } from '../context.js';
import { payloadFor, pushTopic, summaryFor } from '../payload.js';
import type { PushResult, PushSender } from '../webpush/sender.js';
import type { Claim } from './claim.js';
import { judge, type Retries } from './outcome.js';
import { createOutcomeWriter } from './outcome-writer.js';
import type { Permits } from './permits.js';
import { finishBatches, recordOutcomes } from './record.js';
import { type ClaimedRow, messageOf, type Outcome } from './rows.js';

export interface WorkerRun {
  fannedOut: number;
  sent: number;
  retried: number;
  failed: number;
  gone: number;
}

export interface Delivery {
  claim: () => Promise<Claim>;
  sender: PushSender;
  /** Outcomes written together (`concurrency`). */
  writeBatch: number;
  /** Pushes on the network at once (`concurrency`). */
  network: Permits;
  /**
   * Pushes sent whose outcome is not yet committed (twice `concurrency`): what another worker
   * may send again if this one dies.
   */
  unrecorded: Permits;
  retries: Retries;
}

interface Push {
  group: ClaimedRow[];
  payload: Buffer;
  topic: string;
  ttl: number;
}

/**
 * The seconds a message has left of its TTL, counted from when it was due: a delivery held
 * through quiet hours or retried is not worth more time than the sender gave it. `ttl: 0`
 * (now or never) is sent as such whenever it comes.
 */
function ttlLeft(row: ClaimedRow, nowMs: number): number {
  const { ttl, send_at_ms } = row.content;
  if (ttl === 0) return 0;
  return ttl - Math.floor(Math.max(0, nowMs - send_at_ms) / 1000);
}

/**
 * The pushes of a claim: deliveries that waited through quiet hours together become one
 * summary. A delivery whose TTL ran out while it waited is not sent at all (`expired`): a
 * reminder of a bin collection that is over would only mislead.
 */
function pushesOf(
  rows: ClaimedRow[],
  nowMs: number,
): { pushes: Push[]; gone: ClaimedRow[]; expired: ClaimedRow[] } {
  // A message's payload and Topic header depend only on the dispatch and the language:
  // made once per claim, not once per recipient.
  const prepared = new Map<string, { payload: Buffer; topic: string }>();
  const single = (row: ClaimedRow): Push => {
    const language = row.language ?? 'de';
    const key = `${row.dispatch_id}:${language}`;
    let p = prepared.get(key);
    if (!p) {
      p = {
        payload: Buffer.from(JSON.stringify(payloadFor(messageOf(row), language))),
        topic: pushTopic(row.content.collapse_key, row.dispatch_id),
      };
      prepared.set(key, p);
    }
    return { group: [row], ...p, ttl: ttlLeft(row, nowMs) };
  };
  const summary = (group: ClaimedRow[]): Push => {
    const language = group[0]?.language ?? 'de';
    const s = summaryFor(
      group.map((r) => payloadFor(messageOf(r), language)),
      language,
    );
    return {
      group,
      payload: Buffer.from(JSON.stringify(s)),
      topic: pushTopic(`summary-${s.dispatch}`, s.dispatch),
      ttl: Math.max(...group.map((r) => ttlLeft(r, nowMs))),
    };
  };
  const pushes: Push[] = [];
  const gone: ClaimedRow[] = [];
  const expired: ClaimedRow[] = [];
  const held = new Map<string, ClaimedRow[]>();
  for (const row of rows) {
    if (!row.endpoint || !row.p256dh || !row.auth) {
      gone.push(row);
    } else if (row.content.ttl > 0 && ttlLeft(row, nowMs) <= 0) {
      expired.push(row);
    } else if (row.deferred) {
      const group = held.get(row.subscription_id);
      if (group) group.push(row);
      else held.set(row.subscription_id, [row]);
    } else {
      pushes.push(single(row));
    }
  }
  for (const group of held.values())
    pushes.push(group.length === 1 ? single(group[0] as ClaimedRow) : summary(group));
  return { pushes, gone, expired };
}

/** Claims and delivers one batch; returns how many deliveries were claimed. */
export async function deliverClaim(
  ctx: NotifyContext,
  delivery: Delivery,
  run: WorkerRun,
): Promise<number> {
  const { db, now } = ctx;
  const { claimId, leaseEnd, rows, batches, alreadySent } = await delivery.claim();
  if (!rows.length && !batches.length) return 0;
  const outcomes: Outcome[] = [];
  let onTheNetwork = 0;
  const writer = createOutcomeWriter((o) => recordOutcomes(db, claimId, o, now().toISOString()), {
    batch: delivery.writeBatch,
    idle: () => onTheNetwork === 0,
    delayMs: 20,
  });
  /** Pushes that failed before an answer, by error: logged once per claim for the operator. */
  const networkErrors = new Map<string, number>();
  const { pushes, gone, expired } = pushesOf(rows, now().getTime());
  const written: Promise<void>[] = [];
  if (gone.length) {
    const o = gone.map((row) => ({
      row,
      state: 'gone' as const,
      due: now(),
      status: null,
      outcome: 'gone',
      detail: 'subscription no longer exists',
    }));
    outcomes.push(...o);
    written.push(writer.write(o));
  }
  if (expired.length) {
    const o = expired.map((row) => ({
      row,
      state: 'failed' as const,
      due: now(),
      status: null,
      outcome: 'expired',
      detail: 'its time to live ran out before it could be sent',
    }));
    outcomes.push(...o);
    written.push(writer.write(o));
  }
  const send = async (p: Push) => {
    await delivery.unrecorded.acquire();
    try {
      await delivery.network.acquire();
      let result: PushResult;
      try {
        // Never push on a lease that has run out: another worker may own these now.
        if (now().getTime() >= leaseEnd.getTime()) return;
        const first = p.group[0] as ClaimedRow;
        onTheNetwork++;
        result = await delivery.sender
          .send(
            {
              endpoint: first.endpoint as string,
              keys: { p256dh: first.p256dh as string, auth: first.auth as string },
            },
            p.payload,
            { ttl: p.ttl, urgency: (p.group[0] as ClaimedRow).content.urgency, topic: p.topic },
          )
          .finally(() => onTheNetwork--);
      } finally {
        delivery.network.release();
      }
      const at = now();
      if (result.error) networkErrors.set(result.error, (networkErrors.get(result.error) ?? 0) + 1);
      const o = p.group.map((row) => {
        const judged: Outcome = { row, ...judge(row, result, at, delivery.retries) };
        if (p.group.length > 1 && judged.state === 'sent')
          judged.detail = `in a summary of ${p.group.length}`;
        return judged;
      });
      outcomes.push(...o);
      await writer.write(o);
    } finally {
      delivery.unrecorded.release();
    }
  };
  await Promise.all([...written, ...pushes.map(send)]);
  if (networkErrors.size)
    ctx.log?.warn('Pushes failed before the push service answered', {
      errors: Object.fromEntries(networkErrors),
    });
  await finishBatches(db, claimId, batches, rows, now().toISOString());
  for (const o of outcomes) {
    if (o.state === 'sent') run.sent++;
    else if (o.state === 'pending') run.retried++;
    else if (o.state === 'failed') run.failed++;
    else run.gone++;
  }
  return rows.length + alreadySent;
}
