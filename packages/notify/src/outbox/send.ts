/**
 * The outbox: a message becomes a dispatch row written with the caller's transaction, so it
 * is sent exactly when the caller's change commits; the delivery workers read it from there.
 */
import { checkAreas } from '../areas.js';
import type { NotifyContext } from '../context.js';
import type { Queryable } from '../db.js';
import { type SendInput, sendInput } from '../schemas.js';
import { checkTopics } from '../topics/topics.js';
import { parse } from '../validate.js';
import { refuseOversized } from './payload-size.js';
import { sendMany } from './send-many.js';

export async function send(
  ctx: NotifyContext,
  areas: string[] | undefined,
  tx: Queryable,
  raw: SendInput,
): Promise<{ dispatchId: string; created: boolean }> {
  const input = parse(sendInput, raw);
  if (input.installationIds !== undefined) {
    const [result] = await sendMany(ctx, areas, tx, [raw]);
    return result as { dispatchId: string; created: boolean };
  }
  if (input.area !== undefined) checkAreas(areas, [input.area], 'area');
  if (input.topic !== undefined) await checkTopics(tx, [input.topic], 'topic');
  await checkTopics(tx, input.alsoTopics, 'alsoTopics');
  const alsoTopics = [...new Set(input.alsoTopics)].filter((t) => t !== input.topic);
  // A message to an installation that is gone (the resident deleted their data) or never
  // existed still becomes a dispatch, with no recipients: the caller's transaction goes
  // on, and a later message with the same key stays a repeat.
  let installation: string | null = null;
  if (input.installationId !== undefined) {
    // KEY SHARE keeps the installation from being deleted until the caller commits.
    const found = await tx.query<{ id: string }>(
      'select id::text as id from notify_installations where id = $1 for key share',
      [input.installationId],
    );
    installation = found.rows[0]?.id ?? null;
    if (!installation) {
      ctx.log?.info('Notification for an unknown installation: no recipients', {
        idempotencyKey: input.idempotencyKey,
      });
    }
  }
  refuseOversized(input);
  const inserted = await tx.query<{ id: string }>(
    `insert into notify_dispatches (topic, area, title, body, url, urgency, ttl, collapse_key, idempotency_key,
         send_at, also_topics, kind, installation_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12, $13)
       on conflict (idempotency_key) do nothing returning id::text as id`,
    [
      input.topic ?? null,
      input.area ?? null,
      JSON.stringify(input.title),
      JSON.stringify(input.body),
      input.url ?? null,
      input.urgency,
      input.ttl,
      input.collapseKey ?? null,
      input.idempotencyKey,
      (input.sendAt ?? ctx.now()).toISOString(),
      alsoTopics,
      input.installationId === undefined ? 'topic' : 'installation',
      installation,
    ],
  );
  if (inserted.rows[0]) return { dispatchId: inserted.rows[0].id, created: true };
  const existing = await tx.query<{ id: string }>(
    'select id::text as id from notify_dispatches where idempotency_key = $1',
    [input.idempotencyKey],
  );
  return { dispatchId: (existing.rows[0] as { id: string }).id, created: false };
}
