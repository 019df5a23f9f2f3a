/**
 * What an installation may see and remove of its own: everything stored about it, and its
 * deletion with its subscriptions, deliveries and log.
 */
import type { NotifyDatabase } from '../db.js';
import { loadInstallation, UUID } from './installation.js';

/**
 * The delivery batches holding a subscription of installation $1, with that subscription's
 * id: a batch's ids are ascending and batches of a dispatch do not overlap, so per dispatch
 * only the batch with the greatest first id not above it can hold it (a key probe).
 */
const BATCHES_OF_SUBSCRIPTIONS = `
  select b.*, s.id as subscription_id
    from notify_subscriptions s
    cross join notify_dispatches d
    cross join lateral (
      select * from notify_delivery_batches b
       where b.dispatch_id = d.id and b.first_subscription <= s.id
       order by b.first_subscription desc limit 1) b
   where s.installation_id = $1 and s.id = any(b.subscription_ids)`;

/**
 * The delivery log as its installation may read it: the worker's own words, never a network
 * error's text (rows written before the worker stopped storing those included).
 */
const PUBLIC_LOG_DETAIL = `case when l.detail is null
    or l.detail in ('delivery failed', 'endpoint refused', 'subscription removed', 'subscription no longer exists')
    or l.detail like 'in a summary of %' then l.detail else 'delivery failed' end`;

export async function exportInstallation(
  db: NotifyDatabase,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const installation = await loadInstallation(db, id);
  if (!installation) return undefined;
  const deliveries = await db.query(
    `select dispatch_id::text as dispatch, state, attempts, status, sent_at as "sentAt" from (
         select d.dispatch_id, d.state, d.attempts, d.last_status as status, d.sent_at
           from notify_delivery_singles d join notify_subscriptions s on s.id = d.subscription_id
          where s.installation_id = $1
         union all
         select b.dispatch_id, b.state, b.attempts,
                b.statuses[array_position(b.subscription_ids, b.subscription_id)], b.sent_at
           from (${BATCHES_OF_SUBSCRIPTIONS}) b) x
        order by dispatch_id`,
    [id],
  );
  const log = await db.query(
    `select l.dispatch_id::text as dispatch, l.at, l.attempt, l.status, l.outcome,
              ${PUBLIC_LOG_DETAIL} as detail
         from notify_delivery_log l join notify_subscriptions s on s.id = l.subscription_id
        where s.installation_id = $1 order by l.id`,
    [id],
  );
  return { installation, deliveries: deliveries.rows, log: log.rows };
}

export async function deleteInstallation(db: NotifyDatabase, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  return db.transaction(async (tx) => {
    const subs = await tx.query<{ id: string }>(
      'select id from notify_subscriptions where installation_id = $1',
      [id],
    );
    const ids = subs.rows.map((s) => s.id);
    if (ids.length) {
      await tx.query('delete from notify_delivery_log where subscription_id = any($1::bigint[])', [
        ids,
      ]);
      await tx.query(
        'delete from notify_delivery_singles where subscription_id = any($1::bigint[])',
        [ids],
      );
      // Out of every batch that holds them, with their statuses.
      await tx.query(
        `update notify_delivery_batches b
              set (subscription_ids, statuses, languages) = (
                    select coalesce(array_agg(u.sid order by u.n), '{}'),
                           case when b.statuses is null then null
                             else coalesce(array_agg(u.status order by u.n), '{}') end,
                           case when b.languages is null then null
                             else coalesce(array_agg(u.language order by u.n), '{}') end
                      from unnest(b.subscription_ids, b.statuses, b.languages)
                             with ordinality as u(sid, status, language, n)
                     where u.sid <> all($2::bigint[]))
             from (select distinct dispatch_id, first_subscription from (${BATCHES_OF_SUBSCRIPTIONS}) h) h
            where b.dispatch_id = h.dispatch_id and b.first_subscription = h.first_subscription`,
        [id, ids],
      );
    }
    // Out of every list of installations a message names (a reminder run's street).
    await tx.query(
      `update notify_dispatches set installation_ids = array_remove(installation_ids, $1::uuid)
        where installation_ids @> array[$1::uuid]`,
      [id],
    );
    const r = await tx.query('delete from notify_installations where id = $1', [id]);
    return r.rowCount > 0;
  });
}
