/**
 * Fan-out: one transaction locks due dispatches (`FOR UPDATE SKIP LOCKED`), inserts the
 * deliveries to every matching subscription and marks the dispatches fanned out. Those due
 * now go into batch rows of up to `groupSize` consecutive subscription ids; those held by an
 * installation's quiet hours get a row each. A worker that dies mid-fan-out rolls back.
 *
 * A message to a topic is fanned out on its own (it may reach every installation). Messages
 * to one installation or to a list of them (a reminder run writes one per street and date)
 * are fanned out many per transaction and statement (fan-out-lists.ts): one each cost a
 * transaction and a planned statement per dozen recipients.
 */
import type { NotifyContext } from '../context.js';
import { fanOutLists } from './fan-out-lists.js';
import { dueAfterQuietHours } from './recipients.js';

/**
 * Which installations a topic dispatch reaches, as a condition on `i` with its parameters
 * from $5; one installation or a list is looked up by key (as in fan-out-lists.ts).
 */
function recipientsOf(d: {
  topics: string[];
  area: string | null;
  kind: 'topic' | 'installation' | 'installations';
  installation_id: string | null;
  installation_ids: string[] | null;
}): { where: string; params: unknown[] } {
  // A message to one installation, or to a list, reaches each whatever it follows (none
  // that is gone).
  if (d.kind === 'installation') return { where: 'i.id = $5::uuid', params: [d.installation_id] };
  if (d.kind === 'installations') {
    return { where: 'i.id = any($5::uuid[])', params: [d.installation_ids ?? []] };
  }
  return {
    where: `i.topics && $5::text[]
              and ($6::text is null or cardinality(i.areas) = 0 or $6 = any(i.areas))`,
    params: [d.topics, d.area],
  };
}

/**
 * Fans out due dispatches: the due messages to installations and lists of them, many at
 * once, else one due dispatch of any kind. Returns how many dispatches were fanned out (0:
 * none was due).
 */
export async function fanOutDue(ctx: NotifyContext, groupSize: number): Promise<number> {
  const lists = await fanOutLists(ctx, groupSize);
  if (lists > 0) return lists;
  return (await fanOutOne(ctx, groupSize)) < 0 ? 0 : 1;
}

/** Fans out one due dispatch, if any; returns the number of deliveries created, or -1. */
export async function fanOutOne(ctx: NotifyContext, groupSize: number): Promise<number> {
  const { db, now } = ctx;
  return db.transaction(async (tx) => {
    const at = now().toISOString();
    const { rows } = await tx.query<{
      id: string;
      topics: string[];
      area: string | null;
      kind: 'topic' | 'installation' | 'installations';
      installation_id: string | null;
      installation_ids: string[] | null;
    }>(
      `select id::text as id, array_prepend(topic, also_topics) as topics, area, kind,
              installation_id::text as installation_id, installation_ids::text[] as installation_ids
         from notify_dispatches
        where state = 'pending' and send_at <= $1 order by send_at, id limit 1 for update skip locked`,
      [at],
    );
    const d = rows[0];
    if (!d) return -1;
    const audience = recipientsOf(d);
    // Recipients due now go into batches of consecutive subscription ids; those held by quiet
    // hours get a row each, so that what waited together can become one summary.
    const inserted = await tx.query<{ recipients: number }>(
      `with r as (
         select s.id, i.language, q.due
           from notify_subscriptions s
           join notify_installations i on i.id = s.installation_id
           ${dueAfterQuietHours('$2', '$3')}
          where ${audience.where}),
       held as (
         insert into notify_delivery_singles (dispatch_id, subscription_id, due_at, deferred)
         select $1::bigint, id, due, true from r where due > $2::timestamptz
         on conflict do nothing
         returning 1),
       batched as (
         insert into notify_delivery_batches (dispatch_id, first_subscription, subscription_ids, languages, due_at)
         select $1::bigint, min(id), array_agg(id order by id), array_agg(language order by id), $2::timestamptz
           from (select id, language, (row_number() over (order by id) - 1) / $4 as g
                   from r where due <= $2::timestamptz) x
          group by g
         returning cardinality(subscription_ids) as n)
       select ((select count(*) from held) + (select coalesce(sum(n), 0) from batched))::int as recipients`,
      [d.id, at, ctx.timezone, groupSize, ...audience.params],
    );
    const recipients = inserted.rows[0]?.recipients ?? 0;
    await tx.query(
      `update notify_dispatches set state = 'fanned_out', recipients = $2, fanned_out_at = $3 where id = $1`,
      [d.id, recipients, at],
    );
    ctx.log?.info('Notification fanned out', { dispatch: d.id, recipients });
    return recipients;
  });
}
