/**
 * Delivers the outbox. Two steps, both safe to run in many processes at once:
 *
 * 1. Fan-out: one transaction locks a due dispatch (`FOR UPDATE SKIP LOCKED`), inserts one
 *    delivery per matching subscription — due now, or at the end of that installation's quiet
 *    hours — and marks the dispatch fanned out. A worker that dies mid-fan-out rolls back.
 * 2. Delivery: a worker claims a batch of due deliveries (`SKIP LOCKED`), marking them
 *    `sending` with its claim id and a lease; pushes them with bounded concurrency; then
 *    records every outcome in one transaction, only where its claim still holds. A worker
 *    that dies or hangs loses its lease and another worker takes the deliveries over.
 *
 * The guarantee: no delivery is lost, and a subscription receives a message more than once
 * only if a worker dies after the push service accepted it and before the outcome was
 * recorded (a window of one batch). Such a re-send carries the same RFC 8030 Topic header
 * and notification tag, so the push service replaces the undelivered copy and the device
 * replaces the shown notification: the resident sees it once.
 */
import { randomUUID } from 'node:crypto';
import type { Notify } from './notify.js';
import { type NotificationPayload, payloadFor, pushTopic, summaryFor } from './payload.js';
import type { LocalizedText } from './schemas.js';
import {
  createPushSender,
  type PushResult,
  type PushSender,
  type Urgency,
} from './webpush/sender.js';

export interface WorkerOptions {
  /** How pushes leave; by default a keep-alive Web Push sender with the town's VAPID keys. */
  sender?: PushSender;
  /** Extra CA for the default sender (e.g. a local test push service's certificate). */
  ca?: string | Buffer;
  /** Deliveries claimed at once (default 256). */
  batchSize?: number;
  /** Pushes in flight at once (default 64). */
  concurrency?: number;
  /** How long a claim holds before others may take over (default 120 s). */
  leaseMs?: number;
  /** Attempts before a delivery counts as failed (default 8). */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt (default 10 s, at most 1 h). */
  backoffMs?: number;
}

export interface WorkerRun {
  fannedOut: number;
  sent: number;
  retried: number;
  failed: number;
  gone: number;
}

export interface NotifyWorker {
  /** Fans out due dispatches and delivers due deliveries until nothing is due. */
  runOnce(): Promise<WorkerRun>;
  /** Fans out one due dispatch, if any; returns the number of deliveries created, or -1. */
  fanOutOne(): Promise<number>;
  /** Claims and delivers one batch; returns how many were claimed. */
  deliverBatch(run?: WorkerRun): Promise<number>;
  /** Runs `runOnce` every `intervalMs` until `stop`. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

interface DispatchContent {
  topic: string | null;
  title: LocalizedText;
  body: LocalizedText;
  url: string | null;
  urgency: Urgency;
  ttl: number;
  collapse_key: string | null;
}

interface ClaimedRow extends DispatchContent {
  dispatch_id: string;
  subscription_id: string;
  attempts: number;
  deferred: boolean;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
  language: string | null;
}

interface Outcome {
  row: ClaimedRow;
  state: 'sent' | 'pending' | 'failed' | 'gone';
  due: Date;
  status: number | null;
  outcome: string;
  detail: string | null;
}

const MAX_BACKOFF_MS = 3600_000;

export function createWorker(notify: Notify, options: WorkerOptions = {}): NotifyWorker {
  const { db, now } = notify;
  const batchSize = options.batchSize ?? 256;
  const concurrency = options.concurrency ?? 64;
  const leaseMs = options.leaseMs ?? 120_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoffMs = options.backoffMs ?? 10_000;
  const sender =
    options.sender ??
    createPushSender({
      vapid: notify.vapid,
      ...(options.ca ? { ca: options.ca } : {}),
      maxSockets: concurrency,
    });
  const contents = new Map<string, DispatchContent>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  async function fanOutOne(): Promise<number> {
    return db.transaction(async (tx) => {
      const at = now().toISOString();
      const { rows } = await tx.query<{
        id: string;
        topics: string[];
        area: string | null;
        kind: 'topic' | 'installation';
        installation_id: string | null;
      }>(
        `select id::text as id, array_prepend(topic, also_topics) as topics, area, kind,
                installation_id::text as installation_id from notify_dispatches
          where state = 'pending' and send_at <= $1 order by send_at, id limit 1 for update skip locked`,
        [at],
      );
      const d = rows[0];
      if (!d) return -1;
      // Quiet hours are wall-clock times in the town's zone; converting the local end time
      // back with AT TIME ZONE keeps them right across daylight-saving changes.
      const inserted = await tx.query(
        `insert into notify_deliveries (dispatch_id, subscription_id, due_at, deferred)
         select $1::bigint, s.id, q.due, q.due > $2::timestamptz
           from notify_subscriptions s
           join notify_installations i on i.id = s.installation_id
           cross join lateral (select ($2::timestamptz at time zone $3) as lt) l
           cross join lateral (select extract(hour from l.lt)::int * 60 + extract(minute from l.lt)::int as lm) m
           cross join lateral (select case
               when i.quiet_start is null then $2::timestamptz
               when i.quiet_start < i.quiet_end and m.lm >= i.quiet_start and m.lm < i.quiet_end
                 then (l.lt::date + make_interval(mins => i.quiet_end)) at time zone $3
               when i.quiet_start > i.quiet_end and m.lm >= i.quiet_start
                 then (l.lt::date + 1 + make_interval(mins => i.quiet_end)) at time zone $3
               when i.quiet_start > i.quiet_end and m.lm < i.quiet_end
                 then (l.lt::date + make_interval(mins => i.quiet_end)) at time zone $3
               else $2::timestamptz end as due) q
          where case when $6 = 'installation'
            -- A message to one installation reaches it whatever it follows (none when gone).
            then i.id = $7::uuid
            else i.topics && $4::text[]
              and ($5::text is null or cardinality(i.areas) = 0 or $5 = any(i.areas)) end
         on conflict do nothing`,
        [d.id, at, notify.timezone, d.topics, d.area, d.kind, d.installation_id],
      );
      await tx.query(
        `update notify_dispatches set state = 'fanned_out', recipients = $2, fanned_out_at = $3 where id = $1`,
        [d.id, inserted.rowCount, at],
      );
      notify.log?.info('Notification fanned out', {
        dispatch: d.id,
        recipients: inserted.rowCount,
      });
      return inserted.rowCount;
    });
  }

  async function claim(): Promise<{ claimId: string; leaseEnd: Date; rows: ClaimedRow[] }> {
    const claimId = randomUUID();
    const at = now();
    const leaseEnd = new Date(at.getTime() + leaseMs);
    const { rows } = await db.query<Omit<ClaimedRow, keyof DispatchContent>>(
      // The picked rows are locked by this very statement, so their ctids stay put and the
      // update reaches them directly. Addressing them by key instead lets the planner choose
      // a hash join over the whole table once it knows how large a batch is, and "offset 0"
      // keeps the subscription lookup a per-row index probe for the same reason: the cost of
      // a claim stays proportional to the batch, not to the table.
      `with picked as (
         select ctid from notify_deliveries
          where state in ('pending', 'sending') and due_at <= $1
          order by due_at, subscription_id limit $2 for update skip locked),
       claimed as (
         update notify_deliveries d set state = 'sending', claim = $3, due_at = $4, attempts = d.attempts + 1
          where d.ctid = any(array(select ctid from picked))
         returning d.dispatch_id, d.subscription_id, d.attempts, d.deferred)
       select c.dispatch_id::text as dispatch_id, c.subscription_id::text as subscription_id, c.attempts, c.deferred,
              s.endpoint, s.p256dh, s.auth, s.language
         from claimed c
         left join lateral (
           select s.endpoint, s.p256dh, s.auth, i.language from notify_subscriptions s
             join notify_installations i on i.id = s.installation_id
            where s.id = c.subscription_id offset 0) s on true
        order by c.subscription_id, c.dispatch_id`,
      [at.toISOString(), batchSize, claimId, leaseEnd.toISOString()],
    );
    // A dispatch's content never changes: read each once, not once per delivery.
    const missing = [...new Set(rows.map((r) => r.dispatch_id))].filter((id) => !contents.has(id));
    if (missing.length) {
      const found = await db.query<DispatchContent & { id: string }>(
        `select id::text as id, topic, title, body, url, urgency, ttl, collapse_key
           from notify_dispatches where id = any($1::bigint[])`,
        [missing],
      );
      for (const d of found.rows) contents.set(d.id, d);
      while (contents.size > 1000) contents.delete(contents.keys().next().value as string);
    }
    return {
      claimId,
      leaseEnd,
      rows: rows.map((r) => ({ ...(contents.get(r.dispatch_id) as DispatchContent), ...r })),
    };
  }

  function judge(row: ClaimedRow, result: PushResult, at: Date): Omit<Outcome, 'row'> {
    const { status } = result;
    if (status >= 200 && status < 300)
      return { state: 'sent', due: at, status, outcome: 'sent', detail: null };
    if (status === 404 || status === 410) {
      return { state: 'gone', due: at, status, outcome: 'gone', detail: 'subscription removed' };
    }
    const transient = status === 0 || status === 429 || status >= 500;
    if (!transient || row.attempts >= maxAttempts) {
      return { state: 'failed', due: at, status, outcome: 'failed', detail: result.error ?? null };
    }
    const backoff = Math.min(backoffMs * 2 ** (row.attempts - 1), MAX_BACKOFF_MS);
    const wait = Math.max(backoff, (result.retryAfter ?? 0) * 1000);
    return {
      state: 'pending',
      due: new Date(at.getTime() + wait),
      status,
      outcome: 'retry',
      detail: result.error ?? null,
    };
  }

  /** Runs `tasks` with at most `concurrency` in flight. */
  async function pool(tasks: (() => Promise<void>)[]): Promise<void> {
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, tasks.length) }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++] as () => Promise<void>;
        await task();
      }
    });
    await Promise.all(lanes);
  }

  async function record(claimId: string, outcomes: Outcome[]): Promise<void> {
    if (!outcomes.length) return;
    const at = now().toISOString();
    const col = <T>(f: (o: Outcome) => T) => outcomes.map(f);
    await db.transaction(async (tx) => {
      const updated = await tx.query<{
        dispatch_id: string;
        subscription_id: string;
        attempts: number;
      }>(
        `update notify_deliveries d
            set state = v.state, due_at = v.due, last_status = v.status, claim = null,
                sent_at = case when v.state = 'sent' then $6::timestamptz else d.sent_at end
           from unnest($1::bigint[], $2::bigint[], $3::text[], $4::timestamptz[], $5::int[])
                  as v(dispatch_id, subscription_id, state, due, status)
          where d.dispatch_id = v.dispatch_id and d.subscription_id = v.subscription_id and d.claim = $7
          returning d.dispatch_id::text as dispatch_id, d.subscription_id::text as subscription_id, d.attempts`,
        [
          col((o) => o.row.dispatch_id),
          col((o) => o.row.subscription_id),
          col((o) => o.state),
          col((o) => o.due.toISOString()),
          col((o) => o.status),
          at,
          claimId,
        ],
      );
      // Only what this worker still held counts; a lost lease means another worker owns it.
      const held = new Set(updated.rows.map((r) => `${r.dispatch_id}:${r.subscription_id}`));
      const mine = outcomes.filter((o) =>
        held.has(`${o.row.dispatch_id}:${o.row.subscription_id}`),
      );
      // A success is recorded on the delivery itself (state, attempts, status, sent_at); the
      // log keeps every attempt that did not succeed, so the common case writes one row.
      const logged = mine.filter((o) => o.state !== 'sent' || o.row.attempts > 1 || o.detail);
      if (logged.length) {
        await tx.query(
          `insert into notify_delivery_log (dispatch_id, subscription_id, at, attempt, status, outcome, detail)
           select v.dispatch_id, v.subscription_id, $6::timestamptz, v.attempt, v.status, v.outcome, v.detail
             from unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::text[], $7::text[])
                    as v(dispatch_id, subscription_id, attempt, status, outcome, detail)`,
          [
            logged.map((o) => o.row.dispatch_id),
            logged.map((o) => o.row.subscription_id),
            logged.map((o) => o.row.attempts),
            logged.map((o) => o.status),
            logged.map((o) => o.outcome),
            at,
            logged.map((o) => o.detail),
          ],
        );
      }
      const gone = [
        ...new Set(
          mine
            .filter((o) => o.state === 'gone' && o.row.endpoint)
            .map((o) => o.row.subscription_id),
        ),
      ];
      if (gone.length)
        await tx.query('delete from notify_subscriptions where id = any($1::bigint[])', [gone]);
    });
  }

  async function deliverBatch(run: WorkerRun = emptyRun()): Promise<number> {
    const { claimId, leaseEnd, rows } = await claim();
    if (!rows.length) return 0;
    const outcomes: Outcome[] = [];
    const tasks: (() => Promise<void>)[] = [];
    // Deliveries that waited through quiet hours and come due together become one summary.
    const groups = new Map<string, ClaimedRow[]>();
    for (const row of rows) {
      if (!row.endpoint || !row.p256dh || !row.auth) {
        outcomes.push({
          row,
          state: 'gone',
          due: now(),
          status: null,
          outcome: 'gone',
          detail: 'subscription no longer exists',
        });
        continue;
      }
      const key = row.deferred
        ? `s${row.subscription_id}`
        : `${row.dispatch_id}:${row.subscription_id}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const group of groups.values()) {
      const first = group[0] as ClaimedRow;
      const language = first.language ?? 'de';
      const payloads = group.map((r) =>
        payloadFor(
          {
            id: r.dispatch_id,
            topic: r.topic,
            title: r.title,
            body: r.body,
            url: r.url,
            collapseKey: r.collapse_key,
          },
          language,
        ),
      );
      const summary = group.length > 1;
      const payload: NotificationPayload = summary
        ? summaryFor(payloads, language)
        : (payloads[0] as NotificationPayload);
      tasks.push(async () => {
        // Never push on a lease that has run out: another worker may own these now.
        if (now().getTime() >= leaseEnd.getTime()) return;
        const result = await sender.send(
          {
            endpoint: first.endpoint as string,
            keys: { p256dh: first.p256dh as string, auth: first.auth as string },
          },
          JSON.stringify(payload),
          {
            ttl: Math.max(...group.map((r) => r.ttl)),
            urgency: first.urgency,
            topic: summary
              ? pushTopic(`summary-${payload.dispatch}`, payload.dispatch)
              : pushTopic(first.collapse_key, first.dispatch_id),
          },
        );
        const at = now();
        for (const row of group) {
          const o = judge(row, result, at);
          outcomes.push({
            row,
            ...o,
            ...(summary && o.state === 'sent'
              ? { outcome: 'sent', detail: `in a summary of ${group.length}` }
              : {}),
          });
        }
      });
    }
    await pool(tasks);
    await record(claimId, outcomes);
    for (const o of outcomes) {
      if (o.state === 'sent') run.sent++;
      else if (o.state === 'pending') run.retried++;
      else if (o.state === 'failed') run.failed++;
      else run.gone++;
    }
    return rows.length;
  }

  async function runOnce(): Promise<WorkerRun> {
    const run = emptyRun();
    for (;;) {
      const n = await fanOutOne();
      if (n < 0) break;
      run.fannedOut++;
    }
    // Two lanes, each claiming its own batch: one pushes while the other talks to the
    // database. The sender's connection limit still bounds the pushes in flight.
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
    fanOutOne,
    deliverBatch,
    start(intervalMs = 1000) {
      const tick = () => {
        running = runOnce()
          .catch((error) =>
            notify.log?.error('Notification worker failed', { error: String(error) }),
          )
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
