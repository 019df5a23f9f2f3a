/**
 * Claiming: a worker takes due deliveries (`SKIP LOCKED`), marking them `sending` with its
 * claim id and a lease (`due_at` = end of the lease). Rows of their own come first, then
 * batches for the room left. A worker that dies or hangs loses its lease and another worker
 * takes the rows over.
 */
import { randomUUID } from 'node:crypto';
import type { NotifyContext } from '../context.js';
import type { BatchKey, ClaimedRow, DispatchContent } from './rows.js';

export interface Claim {
  claimId: string;
  leaseEnd: Date;
  /** The deliveries to push now. */
  rows: ClaimedRow[];
  /** The batch rows claimed, including any whose members were all sent before. */
  batches: BatchKey[];
  /** Batch members an earlier worker recorded as sent before it died: not pushed again. */
  alreadySent: number;
}

export interface ClaimSizes {
  /** Deliveries claimed at once. */
  batchSize: number;
  /** Recipients per batch row (a batch counts as this many). */
  groupSize: number;
  leaseMs: number;
}

export function createClaimer(ctx: NotifyContext, sizes: ClaimSizes): () => Promise<Claim> {
  const { db, now } = ctx;
  const { batchSize, groupSize, leaseMs } = sizes;
  const contents = new Map<string, DispatchContent>();
  /** The mean size of the batch rows claimed last. */
  let membersPerBatch = groupSize;

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

  async function claimSingles(params: unknown[]): Promise<Omit<ClaimedRow, 'content'>[]> {
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
    if (!claimed.rows.length) return [];
    const subscriptions = await lookUp([...new Set(claimed.rows.map((r) => r.subscription_id))]);
    // In dispatch order per subscription, as a summary lists them.
    const ordered = claimed.rows.sort(
      (a, b) =>
        Number(a.subscription_id) - Number(b.subscription_id) ||
        Number(a.dispatch_id) - Number(b.dispatch_id),
    );
    return ordered.map((r) => {
      const s = subscriptions.get(r.subscription_id);
      return {
        ...r,
        batch: null,
        endpoint: s?.endpoint ?? null,
        p256dh: s?.p256dh ?? null,
        auth: s?.auth ?? null,
        language: s?.language ?? null,
      };
    });
  }

  async function claimBatches(params: unknown[]) {
    // A batch comes back as one row with its members as JSON arrays: per member, PGlite's row
    // decoding cost more than looking the subscription up.
    const batched = await db.query<{
      dispatch_id: string;
      batch: string;
      attempts: number;
      members: string;
      languages: string | null;
      statuses: string | null;
      found: string | null;
      endpoints: string | null;
      p256dh: string | null;
      auth: string | null;
    }>(
      `with picked as (
         select ctid, due_at, first_subscription, cardinality(subscription_ids) as n
           from notify_delivery_batches
          where state in ('pending', 'sending') and due_at <= $1
          order by due_at, first_subscription limit $2 for update skip locked),
       -- Batch rows of small messages (a street's reminder) hold few members: take as many
       -- as fill the room ($5 deliveries), at least one; the others are released at once.
       sized as (
         select ctid from (
           select ctid, sum(n) over (order by due_at, first_subscription
                                     rows between unbounded preceding and current row) - n as before
             from picked) x
          where before < $5),
       claimed as (
         update notify_delivery_batches b set state = 'sending', claim = $3, due_at = $4, attempts = b.attempts + 1
          where b.ctid = any(array(select ctid from sized))
         returning b.dispatch_id, b.first_subscription, b.subscription_ids, b.languages, b.statuses, b.attempts)
       select c.dispatch_id::text as dispatch_id, c.first_subscription::text as batch, c.attempts,
              array_to_json(c.subscription_ids::text[])::text as members,
              array_to_json(c.languages)::text as languages,
              array_to_json(c.statuses)::text as statuses, s.*
         from claimed c
         cross join lateral (
           select json_agg(s.id::text)::text as found, json_agg(s.endpoint)::text as endpoints,
                  json_agg(s.p256dh)::text as p256dh, json_agg(s.auth)::text as auth
             from notify_subscriptions s where s.id = any(c.subscription_ids)) s`,
      params,
    );
    const rows: Omit<ClaimedRow, 'content'>[] = [];
    const batches: BatchKey[] = [];
    let alreadySent = 0;
    for (const b of batched.rows) {
      batches.push({ dispatch: b.dispatch_id, first: b.batch });
      const found = JSON.parse(b.found ?? '[]') as string[];
      const endpoints = JSON.parse(b.endpoints ?? '[]') as string[];
      const p256dh = JSON.parse(b.p256dh ?? '[]') as string[];
      const auth = JSON.parse(b.auth ?? '[]') as string[];
      const at = new Map(found.map((id, i) => [id, i]));
      const languages = JSON.parse(b.languages ?? '[]') as (string | null)[];
      const statuses = JSON.parse(b.statuses ?? '[]') as (number | null)[];
      (JSON.parse(b.members) as string[]).forEach((id, n) => {
        // A status while the batch is not yet sent: pushed and recorded by a worker that died.
        if (statuses[n] != null) {
          alreadySent++;
          return;
        }
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
    return { rows, batches, alreadySent };
  }

  /** A dispatch's content never changes: read each once, not once per delivery. */
  async function withContent(rows: Omit<ClaimedRow, 'content'>[]): Promise<ClaimedRow[]> {
    const missing = [...new Set(rows.map((r) => r.dispatch_id))].filter((id) => !contents.has(id));
    if (missing.length) {
      const found = await db.query<DispatchContent & { id: string }>(
        `select id::text as id, topic, title, body, url, urgency, ttl, collapse_key,
                (extract(epoch from send_at) * 1000)::float8 as send_at_ms
           from notify_dispatches where id = any($1::bigint[])`,
        [missing],
      );
      for (const d of found.rows) contents.set(d.id, d);
      while (contents.size > 1000) contents.delete(contents.keys().next().value as string);
    }
    return rows.map((r) => ({ ...r, content: contents.get(r.dispatch_id) as DispatchContent }));
  }

  return async function claim(): Promise<Claim> {
    const claimId = randomUUID();
    const at = now();
    const leaseEnd = new Date(at.getTime() + leaseMs);
    const params = [at.toISOString(), batchSize, claimId, leaseEnd.toISOString()];
    const singles = await claimSingles(params);
    // Batches fill what room is left, at least one; each counts as a full group.
    const room = batchSize - singles.length;
    let batched: Awaited<ReturnType<typeof claimBatches>> = {
      rows: [],
      batches: [],
      alreadySent: 0,
    };
    // Lock as many batch rows as the room holds at the size of the last ones claimed (full
    // groups at first); `sized` then keeps the members within the room. Rows smaller than
    // that (a reminder run's streets) leave room: claim again at their size, so that even a
    // worker's first claim is full rather than a few small rows.
    for (let round = 0; round < 3; round++) {
      const left = room - batched.rows.length - batched.alreadySent;
      if (left <= 0) break;
      const rowsToLock = Math.min(left, Math.max(1, Math.floor(left / membersPerBatch)));
      const more = await claimBatches([
        ...params.slice(0, 1),
        rowsToLock,
        ...params.slice(2),
        left,
      ]);
      batched = {
        rows: [...batched.rows, ...more.rows],
        batches: [...batched.batches, ...more.batches],
        alreadySent: batched.alreadySent + more.alreadySent,
      };
      if (!more.batches.length) break;
      const members = more.rows.length + more.alreadySent;
      membersPerBatch = Math.max(1, Math.min(groupSize, members / more.batches.length));
      // Fewer rows than locked: nothing more is due now.
      if (more.batches.length < rowsToLock) break;
    }
    return {
      claimId,
      leaseEnd,
      rows: await withContent([...singles, ...batched.rows]),
      batches: batched.batches,
      alreadySent: batched.alreadySent,
    };
  };
}
