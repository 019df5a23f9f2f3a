/**
 * Delivers the outbox. Two steps, both safe to run in many processes at once:
 *
 * 1. Fan-out: one transaction locks a due dispatch (`FOR UPDATE SKIP LOCKED`), inserts the
 *    deliveries to every matching subscription and marks the dispatch fanned out. Those due
 *    now go into batch rows of up to 256 consecutive subscription ids; those held by an
 *    installation's quiet hours get a row each. A worker that dies mid-fan-out rolls back.
 * 2. Delivery: a worker claims due rows (`SKIP LOCKED`), marking them `sending` with its
 *    claim id and a lease; pushes with bounded concurrency; then records every outcome in one
 *    transaction, only where its claim still holds. A batch stays one row for its sent
 *    members; each other member (retry, failure, removal, not pushed) gets a row of its own.
 *    A worker that dies or hangs loses its lease and another worker takes the rows over.
 *
 * The guarantee: no delivery is lost, and a subscription receives a message more than once
 * only if a worker dies after the push service accepted it and before the outcome was
 * recorded (a window of one batch). Such a re-send carries the same RFC 8030 Topic header
 * and notification tag, so the push service replaces the undelivered copy and the device
 * replaces the shown notification: the resident sees it once.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from './db.js';
import type { Notify } from './notify.js';
import { payloadFor, pushTopic, summaryFor } from './payload.js';
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
  /**
   * Deliveries claimed at once (default 256). Fan-out groups up to this many (at most 256)
   * recipients into one batch row; a claim takes at least one batch.
   */
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

interface ClaimedRow {
  content: DispatchContent;
  dispatch_id: string;
  /** The batch's first subscription id when claimed with a batch; null for a row of its own. */
  batch: string | null;
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
const MAX_GROUP = 256;

export function createWorker(notify: Notify, options: WorkerOptions = {}): NotifyWorker {
  const { db, now } = notify;
  const batchSize = options.batchSize ?? 256;
  // Recipients per batch row at fan-out.
  const groupSize = Math.max(1, Math.min(MAX_GROUP, batchSize));
  const concurrency = options.concurrency ?? 64;
  const leaseMs = options.leaseMs ?? 120_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoffMs = options.backoffMs ?? 10_000;
  const sender =
    options.sender ??
    createPushSender({
      vapid: notify.vapid,
      ...(options.ca ? { ca: options.ca } : {}),
      endpoints: notify.pushServices,
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
      // back with AT TIME ZONE keeps them right across daylight-saving changes. Recipients due
      // now go into batches of consecutive subscription ids; those held by quiet hours get a
      // row each, so that what waited together can become one summary.
      const inserted = await tx.query<{ recipients: number }>(
        `with r as (
           select s.id, i.language, q.due
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
                and ($5::text is null or cardinality(i.areas) = 0 or $5 = any(i.areas)) end),
         held as (
           insert into notify_delivery_singles (dispatch_id, subscription_id, due_at, deferred)
           select $1::bigint, id, due, true from r where due > $2::timestamptz
           on conflict do nothing
           returning 1),
         batched as (
           insert into notify_delivery_batches (dispatch_id, first_subscription, subscription_ids, languages, due_at)
           select $1::bigint, min(id), array_agg(id order by id), array_agg(language order by id), $2::timestamptz
             from (select id, language, (row_number() over (order by id) - 1) / $8 as g
                     from r where due <= $2::timestamptz) x
            group by g
           returning cardinality(subscription_ids) as n)
         select ((select count(*) from held) + (select coalesce(sum(n), 0) from batched))::int as recipients`,
        [d.id, at, notify.timezone, d.topics, d.area, d.kind, d.installation_id, groupSize],
      );
      const recipients = inserted.rows[0]?.recipients ?? 0;
      await tx.query(
        `update notify_dispatches set state = 'fanned_out', recipients = $2, fanned_out_at = $3 where id = $1`,
        [d.id, recipients, at],
      );
      notify.log?.info('Notification fanned out', { dispatch: d.id, recipients });
      return recipients;
    });
  }

  async function lookUp(ids: string[]) {
    const { rows } = await db.query<{
      id: string;
      endpoint: string;
      p256dh: string;
      auth: string;
      language: string;
    }>(
      `select s.id::text as id, s.endpoint, s.p256dh, s.auth, i.language
         from notify_subscriptions s join notify_installations i on i.id = s.installation_id
        where s.id = any($1::bigint[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  async function claim(): Promise<{ claimId: string; leaseEnd: Date; rows: ClaimedRow[] }> {
    const claimId = randomUUID();
    const at = now();
    const leaseEnd = new Date(at.getTime() + leaseMs);
    const params = [at.toISOString(), batchSize, claimId, leaseEnd.toISOString()];
    // The picked rows are locked by this very statement, so their ctids stay put and the
    // update reaches them directly; the cost of a claim stays proportional to the batch, not
    // to the table. The subscriptions are looked up apart, by key: joined into the claim,
    // planning alone cost milliseconds per claim, most often for no row at all.
    const claimed = await db.query<{
      dispatch_id: string;
      subscription_id: string;
      attempts: number;
      deferred: boolean;
    }>(
      `with picked as (
         select ctid from notify_delivery_singles
          where state in ('pending', 'sending') and due_at <= $1
          order by due_at, subscription_id limit $2 for update skip locked)
       update notify_delivery_singles d set state = 'sending', claim = $3, due_at = $4, attempts = d.attempts + 1
        where d.ctid = any(array(select ctid from picked))
       returning d.dispatch_id::text as dispatch_id, d.subscription_id::text as subscription_id,
                 d.attempts, d.deferred`,
      params,
    );
    const rows: Omit<ClaimedRow, 'content'>[] = [];
    if (claimed.rows.length) {
      const subscriptions = await lookUp([...new Set(claimed.rows.map((r) => r.subscription_id))]);
      // In dispatch order per subscription, as a summary lists them.
      const ordered = claimed.rows.sort(
        (a, b) =>
          Number(a.subscription_id) - Number(b.subscription_id) ||
          Number(a.dispatch_id) - Number(b.dispatch_id),
      );
      for (const r of ordered) {
        const s = subscriptions.get(r.subscription_id);
        rows.push({
          ...r,
          batch: null,
          endpoint: s?.endpoint ?? null,
          p256dh: s?.p256dh ?? null,
          auth: s?.auth ?? null,
          language: s?.language ?? null,
        });
      }
    }
    // Batches fill what room is left, at least one; each counts as a full group. A batch
    // comes back as one row with its members as JSON arrays: per member, PGlite's row
    // decoding cost more than looking the subscription up.
    const room = batchSize - rows.length;
    if (room > 0) {
      params[1] = Math.max(1, Math.floor(room / groupSize));
      const batched = await db.query<{
        dispatch_id: string;
        batch: string;
        attempts: number;
        members: string;
        languages: string | null;
        found: string | null;
        endpoints: string | null;
        p256dh: string | null;
        auth: string | null;
      }>(
        `with picked as (
           select ctid from notify_delivery_batches
            where state in ('pending', 'sending') and due_at <= $1
            order by due_at, first_subscription limit $2 for update skip locked),
         claimed as (
           update notify_delivery_batches b set state = 'sending', claim = $3, due_at = $4, attempts = b.attempts + 1
            where b.ctid = any(array(select ctid from picked))
           returning b.dispatch_id, b.first_subscription, b.subscription_ids, b.languages, b.attempts)
         select c.dispatch_id::text as dispatch_id, c.first_subscription::text as batch, c.attempts,
                array_to_json(c.subscription_ids::text[])::text as members,
                array_to_json(c.languages)::text as languages, s.*
           from claimed c
           cross join lateral (
             select json_agg(s.id::text)::text as found, json_agg(s.endpoint)::text as endpoints,
                    json_agg(s.p256dh)::text as p256dh, json_agg(s.auth)::text as auth
               from notify_subscriptions s where s.id = any(c.subscription_ids)) s`,
        params,
      );
      for (const b of batched.rows) {
        const found = JSON.parse(b.found ?? '[]') as string[];
        const endpoints = JSON.parse(b.endpoints ?? '[]') as string[];
        const p256dh = JSON.parse(b.p256dh ?? '[]') as string[];
        const auth = JSON.parse(b.auth ?? '[]') as string[];
        const at = new Map(found.map((id, i) => [id, i]));
        const languages = JSON.parse(b.languages ?? '[]') as (string | null)[];
        (JSON.parse(b.members) as string[]).forEach((id, n) => {
          const i = at.get(id);
          rows.push({
            dispatch_id: b.dispatch_id,
            batch: b.batch,
            subscription_id: id,
            attempts: b.attempts,
            deferred: false,
            endpoint: i === undefined ? null : (endpoints[i] as string),
            p256dh: i === undefined ? null : (p256dh[i] as string),
            auth: i === undefined ? null : (auth[i] as string),
            language: languages[n] ?? null,
          });
        });
      }
    }
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
      rows: rows.map((r) => {
        (r as ClaimedRow).content = contents.get(r.dispatch_id) as DispatchContent;
        return r as ClaimedRow;
      }),
    };
  }

  function judge(row: ClaimedRow, result: PushResult, at: Date): Omit<Outcome, 'row'> {
    const { status } = result;
    if (status >= 200 && status < 300)
      return { state: 'sent', due: at, status, outcome: 'sent', detail: null };
    if (status === 404 || status === 410) {
      return { state: 'gone', due: at, status, outcome: 'gone', detail: 'subscription removed' };
    }
    if (result.refused)
      return { state: 'failed', due: at, status, outcome: 'failed', detail: 'endpoint refused' };
    // The log is readable with the installation id alone: a network error's text (refused,
    // reset, certificate) stays in the server log, the delivery log says only that it failed.
    const detail = status === 0 ? 'delivery failed' : null;
    const transient = status === 0 || status === 429 || status >= 500;
    if (!transient || row.attempts >= maxAttempts) {
      return { state: 'failed', due: at, status, outcome: 'failed', detail };
    }
    const backoff = Math.min(backoffMs * 2 ** (row.attempts - 1), MAX_BACKOFF_MS);
    const wait = Math.max(backoff, (result.retryAfter ?? 0) * 1000);
    return {
      state: 'pending',
      due: new Date(at.getTime() + wait),
      status,
      outcome: 'retry',
      detail,
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

  /** Rows of their own: one update per delivery, only where this claim still holds. */
  async function recordSingles(
    tx: Queryable,
    claimId: string,
    outcomes: Outcome[],
    at: string,
  ): Promise<Outcome[]> {
    if (!outcomes.length) return [];
    const col = <T>(f: (o: Outcome) => T) => outcomes.map(f);
    const updated = await tx.query<{ dispatch_id: string; subscription_id: string }>(
      `update notify_delivery_singles d
          set state = v.state, due_at = v.due, last_status = v.status, claim = null,
              sent_at = case when v.state = 'sent' then $6::timestamptz else d.sent_at end
         from unnest($1::bigint[], $2::bigint[], $3::text[], $4::timestamptz[], $5::int[])
                as v(dispatch_id, subscription_id, state, due, status)
        where d.dispatch_id = v.dispatch_id and d.subscription_id = v.subscription_id and d.claim = $7
        returning d.dispatch_id::text as dispatch_id, d.subscription_id::text as subscription_id`,
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
    return outcomes.filter((o) => held.has(`${o.row.dispatch_id}:${o.row.subscription_id}`));
  }

  /**
   * Batches: the sent subscriptions stay in the batch row, which becomes `sent`; every other
   * member gets a row of its own (retry, failed, gone, or not pushed because the lease ran
   * out). Members removed meanwhile (their installation was deleted) are left out.
   */
  async function recordBatches(
    tx: Queryable,
    claimId: string,
    rows: ClaimedRow[],
    outcomes: Outcome[],
    at: string,
  ): Promise<Outcome[]> {
    // The claimed batches, and each claimed member by batch and subscription.
    const keys = new Map<string, { dispatch: string; first: string }>();
    const claimed = new Map<string, ClaimedRow>();
    for (const r of rows) {
      if (r.batch === null) continue;
      keys.set(`${r.dispatch_id}:${r.batch}`, { dispatch: r.dispatch_id, first: r.batch });
      claimed.set(`${r.dispatch_id}:${r.batch}:${r.subscription_id}`, r);
    }
    if (!keys.size) return [];
    const held = await tx.query<{ dispatch_id: string; batch: string; ids: string }>(
      `select dispatch_id::text as dispatch_id, first_subscription::text as batch,
              array_to_json(subscription_ids::text[])::text as ids
         from notify_delivery_batches
        where (dispatch_id, first_subscription) in (select * from unnest($1::bigint[], $2::bigint[]))
          and claim = $3
        for update`,
      [[...keys.values()].map((k) => k.dispatch), [...keys.values()].map((k) => k.first), claimId],
    );
    if (!held.rows.length) return [];
    // An outcome carries the claimed row it is for.
    const outcomeOf = new Map(outcomes.map((o) => [o.row, o]));
    const sent = {
      dispatch: [] as string[],
      first: [] as string[],
      id: [] as string[],
      status: [] as (number | null)[],
    };
    const own: {
      row: ClaimedRow;
      state: string;
      due: string;
      status: number | null;
      attempts: number;
    }[] = [];
    const mine: Outcome[] = [];
    for (const b of held.rows) {
      for (const id of JSON.parse(b.ids) as string[]) {
        const row = claimed.get(`${b.dispatch_id}:${b.batch}:${id}`);
        const o = row && outcomeOf.get(row);
        if (o?.state === 'sent') {
          sent.dispatch.push(b.dispatch_id);
          sent.first.push(b.batch);
          sent.id.push(id);
          sent.status.push(o.status);
        } else if (o) {
          own.push({
            row: o.row,
            state: o.state,
            due: o.due.toISOString(),
            status: o.status,
            attempts: o.row.attempts,
          });
        } else if (row) {
          // Not pushed (the lease ran out first): due again at once, this attempt not counted.
          own.push({ row, state: 'pending', due: at, status: null, attempts: row.attempts - 1 });
        }
        if (o) mine.push(o);
      }
    }
    await tx.query(
      `update notify_delivery_batches b
          set state = 'sent', claim = null, due_at = $7::timestamptz, sent_at = $7::timestamptz,
              subscription_ids = coalesce(v.ids, '{}'), statuses = coalesce(v.statuses, '{}'), languages = null
         from unnest($1::bigint[], $2::bigint[]) as k(dispatch_id, first_subscription)
         left join (
           select u.dispatch_id, u.first_subscription, array_agg(u.id order by u.id) as ids,
                  array_agg(u.status order by u.id) as statuses
             from unnest($3::bigint[], $4::bigint[], $5::bigint[], $6::int[])
                    as u(dispatch_id, first_subscription, id, status)
            group by u.dispatch_id, u.first_subscription) v
           on v.dispatch_id = k.dispatch_id and v.first_subscription = k.first_subscription
        where b.dispatch_id = k.dispatch_id and b.first_subscription = k.first_subscription`,
      [
        held.rows.map((b) => b.dispatch_id),
        held.rows.map((b) => b.batch),
        sent.dispatch,
        sent.first,
        sent.id,
        sent.status,
        at,
      ],
    );
    if (own.length) {
      await tx.query(
        `insert into notify_delivery_singles (dispatch_id, subscription_id, state, attempts, due_at, last_status)
         select * from unnest($1::bigint[], $2::bigint[], $3::text[], $4::int[], $5::timestamptz[], $6::int[])`,
        [
          own.map((o) => o.row.dispatch_id),
          own.map((o) => o.row.subscription_id),
          own.map((o) => o.state),
          own.map((o) => o.attempts),
          own.map((o) => o.due),
          own.map((o) => o.status),
        ],
      );
    }
    return mine;
  }

  async function record(claimId: string, rows: ClaimedRow[], outcomes: Outcome[]): Promise<void> {
    if (!rows.length) return;
    const at = now().toISOString();
    await db.transaction(async (tx) => {
      const mine = [
        ...(await recordSingles(
          tx,
          claimId,
          outcomes.filter((o) => o.row.batch === null),
          at,
        )),
        ...(await recordBatches(tx, claimId, rows, outcomes, at)),
      ];
      // A success is recorded on the delivery itself (state, attempts, status, sent_at); the
      // log keeps every attempt that did not succeed, so the common case writes no log row.
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
    /** Pushes that failed before an answer, by error: logged once per claim for the operator. */
    const networkErrors = new Map<string, number>();
    // A message's payload and Topic header depend only on the dispatch and the language:
    // made once per claim, not once per recipient.
    const prepared = new Map<string, { payload: Buffer; topic: string }>();
    const prepare = (row: ClaimedRow, language: string) => {
      const key = `${row.dispatch_id}:${language}`;
      let p = prepared.get(key);
      if (!p) {
        const c = row.content;
        p = {
          payload: Buffer.from(JSON.stringify(payloadFor(messageOf(row), language))),
          topic: pushTopic(c.collapse_key, row.dispatch_id),
        };
        prepared.set(key, p);
      }
      return p;
    };
    const push = (group: ClaimedRow[]) => {
      const first = group[0] as ClaimedRow;
      const language = first.language ?? 'de';
      let payload: Buffer;
      let topic: string;
      let ttl = first.content.ttl;
      if (group.length === 1) {
        ({ payload, topic } = prepare(first, language));
      } else {
        const summary = summaryFor(
          group.map((r) => payloadFor(messageOf(r), language)),
          language,
        );
        payload = Buffer.from(JSON.stringify(summary));
        topic = pushTopic(`summary-${summary.dispatch}`, summary.dispatch);
        for (const r of group) ttl = Math.max(ttl, r.content.ttl);
      }
      tasks.push(async () => {
        // Never push on a lease that has run out: another worker may own these now.
        if (now().getTime() >= leaseEnd.getTime()) return;
        const result = await sender.send(
          {
            endpoint: first.endpoint as string,
            keys: { p256dh: first.p256dh as string, auth: first.auth as string },
          },
          payload,
          { ttl, urgency: first.content.urgency, topic },
        );
        const at = now();
        if (result.error)
          networkErrors.set(result.error, (networkErrors.get(result.error) ?? 0) + 1);
        for (const row of group) {
          const o = judge(row, result, at);
          if (group.length > 1 && o.state === 'sent') o.detail = `in a summary of ${group.length}`;
          outcomes.push({ row, ...o });
        }
      });
    };
    // Deliveries that waited through quiet hours and come due together become one summary.
    const held = new Map<string, ClaimedRow[]>();
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
      } else if (row.deferred) {
        const group = held.get(row.subscription_id);
        if (group) group.push(row);
        else held.set(row.subscription_id, [row]);
      } else {
        push([row]);
      }
    }
    for (const group of held.values()) push(group);
    await pool(tasks);
    if (networkErrors.size)
      notify.log?.warn('Pushes failed before the push service answered', {
        errors: Object.fromEntries(networkErrors),
      });
    await record(claimId, rows, outcomes);
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

function messageOf(row: ClaimedRow) {
  const c = row.content;
  return {
    id: row.dispatch_id,
    topic: c.topic,
    title: c.title,
    body: c.body,
    url: c.url,
    collapseKey: c.collapse_key,
  };
}

function emptyRun(): WorkerRun {
  return { fannedOut: 0, sent: 0, retried: 0, failed: 0, gone: 0 };
}
