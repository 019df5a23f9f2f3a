/**
 * Fan-out of messages to installations by id (kind `installation`, or `installations`: a
 * list, such as the residents of one street a reminder run writes for): many due dispatches
 * in one transaction and one statement. A reminder run writes hundreds of such messages with
 * a dozen recipients each; fanned out one per transaction, the statements' planning and
 * commits cost more than the deliveries themselves.
 *
 * The same rules as fan-out.ts: locked with `FOR UPDATE SKIP LOCKED` (each dispatch is fanned
 * out by one worker), only installations that still exist, quiet hours holding a delivery on
 * a row of its own, the others in batch rows of up to `groupSize` per dispatch.
 */
import type { NotifyContext } from '../context.js';
import { dueAfterQuietHours } from './recipients.js';

/** Dispatches locked at once. */
export const LISTS_PER_PASS = 500;
/** Listed installations per pass (at least one dispatch, however long its list). */
export const INSTALLATIONS_PER_PASS = 5000;

/** Fans out due messages to installations by id; returns how many dispatches, 0 if none. */
export async function fanOutLists(ctx: NotifyContext, groupSize: number): Promise<number> {
  const { db, now } = ctx;
  return db.transaction(async (tx) => {
    const at = now().toISOString();
    // In due order, as many as the pass holds; the ones locked beyond it are released with
    // the transaction, a moment later.
    const { rows: picked } = await tx.query<{ id: string }>(
      `with due as (
         select id, send_at, coalesce(cardinality(installation_ids), 1) as n
           from notify_dispatches
          where state = 'pending' and send_at <= $1 and kind in ('installation', 'installations')
          order by send_at, id limit $2 for update skip locked)
       select id::text as id from (
         select id, send_at, sum(n) over (order by send_at, id rows between unbounded preceding and current row) - n as before
           from due) x
        where before < $3`,
      [at, LISTS_PER_PASS, INSTALLATIONS_PER_PASS],
    );
    if (!picked.length) return 0;
    const ids = picked.map((d) => d.id);
    const inserted = await tx.query<{ dispatch_id: string; recipients: number }>(
      `with d as (
         select id, coalesce(installation_ids, array[installation_id]) as installation_ids
           from notify_dispatches where id = any($1::bigint[])),
       r as (
         select d.id as dispatch_id, s.id, i.language, q.due
           from d
           cross join lateral unnest(d.installation_ids) as listed(id)
           join notify_installations i on i.id = listed.id
           join notify_subscriptions s on s.installation_id = i.id
           ${dueAfterQuietHours('$2', '$3')}),
       held as (
         insert into notify_delivery_singles (dispatch_id, subscription_id, due_at, deferred)
         select dispatch_id, id, due, true from r where due > $2::timestamptz
         on conflict do nothing
         returning dispatch_id, 1 as n),
       batched as (
         insert into notify_delivery_batches (dispatch_id, first_subscription, subscription_ids, languages, due_at)
         select dispatch_id, min(id), array_agg(id order by id), array_agg(language order by id), $2::timestamptz
           from (select dispatch_id, id, language,
                        (row_number() over (partition by dispatch_id order by id) - 1) / $4 as g
                   from r where due <= $2::timestamptz) x
          group by dispatch_id, g
         returning dispatch_id, cardinality(subscription_ids) as n)
       select dispatch_id::text as dispatch_id, sum(n)::int as recipients
         from (select * from held union all select * from batched) x
        group by dispatch_id`,
      [ids, at, ctx.timezone, groupSize],
    );
    const counts = new Map(inserted.rows.map((r) => [r.dispatch_id, r.recipients]));
    await tx.query(
      `update notify_dispatches d set state = 'fanned_out', recipients = v.recipients, fanned_out_at = $3
         from unnest($1::bigint[], $2::int[]) as v(id, recipients)
        where d.id = v.id`,
      [ids, ids.map((id) => counts.get(id) ?? 0), at],
    );
    ctx.log?.info('Notifications fanned out', {
      dispatches: ids.length,
      recipients: inserted.rows.reduce((sum, r) => sum + r.recipients, 0),
    });
    return ids.length;
  });
}
