/**
 * Recording outcomes, written as they arrive and only where the worker's claim still holds
 * (a lost lease means another worker owns the rows now). A batch row keeps its sent members
 * with their statuses; every other member gets a row of its own (retry, failed, gone, or not
 * pushed because the lease ran out). Members removed meanwhile (their installation was
 * deleted) are left out.
 *
 * While a batch is `sending`, a member with a status was already pushed and accepted: a
 * worker that takes the batch over after a crash does not push it again.
 */
import type { NotifyDatabase, Queryable } from '../db.js';
import type { BatchKey, ClaimedRow, Outcome } from './rows.js';

/** Records `outcomes` of claim `claimId` in one transaction. */
export async function recordOutcomes(
  db: NotifyDatabase,
  claimId: string,
  outcomes: Outcome[],
  at: string,
): Promise<void> {
  if (!outcomes.length) return;
  await db.transaction(async (tx) => {
    const mine = [
      ...(await recordSingles(
        tx,
        claimId,
        outcomes.filter((o) => o.row.batch === null),
        at,
      )),
      ...(await recordBatchMembers(
        tx,
        claimId,
        outcomes.filter((o) => o.row.batch !== null),
      )),
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
        mine.filter((o) => o.state === 'gone' && o.row.endpoint).map((o) => o.row.subscription_id),
      ),
    ];
    if (gone.length)
      await tx.query('delete from notify_subscriptions where id = any($1::bigint[])', [gone]);
  });
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

interface BatchArrays {
  dispatch_id: string;
  batch: string;
  ids: string;
  statuses: string | null;
  languages: string | null;
}

/** Locks the batches of `keys` this claim still holds, with their members as JSON arrays. */
async function heldBatches(tx: Queryable, claimId: string, keys: BatchKey[]) {
  const { rows } = await tx.query<BatchArrays>(
    `select dispatch_id::text as dispatch_id, first_subscription::text as batch,
            array_to_json(subscription_ids::text[])::text as ids,
            array_to_json(statuses)::text as statuses, array_to_json(languages)::text as languages
       from notify_delivery_batches
      where (dispatch_id, first_subscription) in (select * from unnest($1::bigint[], $2::bigint[]))
        and claim = $3
      order by dispatch_id, first_subscription
      for update`,
    [keys.map((k) => k.dispatch), keys.map((k) => k.first), claimId],
  );
  return rows.map((b) => {
    const ids = JSON.parse(b.ids) as string[];
    return {
      dispatch: b.dispatch_id,
      first: b.batch,
      ids,
      statuses:
        (JSON.parse(b.statuses ?? 'null') as (number | null)[] | null) ?? ids.map(() => null),
      languages: JSON.parse(b.languages ?? 'null') as (string | null)[] | null,
    };
  });
}

type Held = Awaited<ReturnType<typeof heldBatches>>[number];

/** A member of its own: moved out of the batch onto a row in notify_delivery_singles. */
interface Own {
  row: ClaimedRow;
  state: string;
  due: string;
  status: number | null;
  attempts: number;
}

/** A held batch as it is written back: the members `keep` leaves in it. */
interface Kept {
  b: Held;
  keep: (n: number) => boolean;
}

/**
 * Writes the claim's batches back in one statement, the members each keeps with their
 * statuses; with `sentAt`, each becomes `sent`. One update per batch cost more than the
 * pushes when a claim holds hundreds of small batches (a reminder run's streets).
 */
async function writeBatches(tx: Queryable, batches: Kept[], sentAt?: string) {
  if (!batches.length) return;
  const values = batches.map(({ b, keep }) => {
    const kept = b.ids.map((_, n) => n).filter(keep);
    return {
      dispatch_id: b.dispatch,
      first_subscription: b.first,
      ids: kept.map((n) => b.ids[n]),
      statuses: kept.map((n) => b.statuses[n] ?? null),
      languages: sentAt || !b.languages ? null : kept.map((n) => b.languages?.[n] ?? null),
    };
  });
  await tx.query(
    `update notify_delivery_batches b
        set subscription_ids = v.ids, statuses = v.statuses, languages = v.languages${
          sentAt
            ? `, state = 'sent', claim = null, due_at = $2::timestamptz, sent_at = $2::timestamptz`
            : ''
        }
       from jsonb_to_recordset($1::jsonb) as v(dispatch_id bigint, first_subscription bigint,
            ids bigint[], statuses int[], languages text[])
      where b.dispatch_id = v.dispatch_id and b.first_subscription = v.first_subscription`,
    [JSON.stringify(values), ...(sentAt ? [sentAt] : [])],
  );
}

async function insertOwn(tx: Queryable, own: Own[]): Promise<void> {
  if (!own.length) return;
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

/**
 * Batch members: a sent one gets its status in the batch, which stays `sending` until the
 * claim is finished; any other moves onto a row of its own.
 */
async function recordBatchMembers(
  tx: Queryable,
  claimId: string,
  outcomes: Outcome[],
): Promise<Outcome[]> {
  if (!outcomes.length) return [];
  const byMember = new Map(
    outcomes.map((o) => [`${o.row.dispatch_id}:${o.row.batch}:${o.row.subscription_id}`, o]),
  );
  const keys = new Map<string, BatchKey>();
  for (const o of outcomes) {
    const first = o.row.batch as string;
    keys.set(`${o.row.dispatch_id}:${first}`, { dispatch: o.row.dispatch_id, first });
  }
  const own: Own[] = [];
  const mine: Outcome[] = [];
  const written: Kept[] = [];
  for (const b of await heldBatches(tx, claimId, [...keys.values()])) {
    const moved = new Set<number>();
    b.ids.forEach((id, n) => {
      const o = byMember.get(`${b.dispatch}:${b.first}:${id}`);
      if (!o) return;
      mine.push(o);
      if (o.state === 'sent') {
        b.statuses[n] = o.status;
      } else {
        moved.add(n);
        const due = o.due.toISOString();
        own.push({ row: o.row, state: o.state, due, status: o.status, attempts: o.row.attempts });
      }
    });
    written.push({ b, keep: (n) => !moved.has(n) });
  }
  await writeBatches(tx, written);
  await insertOwn(tx, own);
  return mine;
}

/**
 * Finishes the claim's batches once every push has been answered or given up: each becomes
 * `sent` with its sent members; a member the worker had no time to push before its lease ran
 * out is due again at once on a row of its own, this attempt not counted.
 */
export async function finishBatches(
  db: NotifyDatabase,
  claimId: string,
  batches: BatchKey[],
  rows: ClaimedRow[],
  at: string,
): Promise<void> {
  if (!batches.length) return;
  const claimed = new Map<string, ClaimedRow>();
  for (const r of rows) {
    if (r.batch !== null) claimed.set(`${r.dispatch_id}:${r.batch}:${r.subscription_id}`, r);
  }
  await db.transaction(async (tx) => {
    const own: Own[] = [];
    const held = await heldBatches(tx, claimId, batches);
    for (const b of held) {
      b.ids.forEach((id, n) => {
        const row = claimed.get(`${b.dispatch}:${b.first}:${id}`);
        if (b.statuses[n] == null && row) {
          own.push({ row, state: 'pending', due: at, status: null, attempts: row.attempts - 1 });
        }
      });
    }
    await writeBatches(
      tx,
      held.map((b) => ({ b, keep: (n: number) => b.statuses[n] != null })),
      at,
    );
    await insertOwn(tx, own);
  });
}
