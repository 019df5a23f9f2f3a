/**
 * Many messages into the outbox at once, e.g. a reminder run: every message of the run in
 * one multi-row insert, in the caller's transaction, each idempotent by its key as with
 * `send`. A message may name a list of installations (`installationIds`), so a run that
 * reminds thousands of residents writes one row per street and date, not one per resident.
 */
import { checkAreas } from '../areas.js';
import type { NotifyContext } from '../context.js';
import type { Queryable } from '../db.js';
import { type SendInput, sendInput } from '../schemas.js';
import { checkTopics } from '../topics/topics.js';
import { parse } from '../validate.js';
import { refuseOversized } from './payload-size.js';

/** At most this many messages per call; a larger run calls again (in the same transaction). */
export const MAX_MESSAGES_PER_CALL = 10_000;

export async function sendMany(
  ctx: NotifyContext,
  areas: string[] | undefined,
  tx: Queryable,
  raw: readonly SendInput[],
): Promise<{ dispatchId: string; created: boolean }[]> {
  if (raw.length > MAX_MESSAGES_PER_CALL) {
    parse(sendInput.array().max(MAX_MESSAGES_PER_CALL), raw, 'messages');
  }
  const inputs = raw.map((one, i) => parse(sendInput, one, `messages.${i}`));
  if (!inputs.length) return [];
  const areaIds = [...new Set(inputs.flatMap((m) => (m.area === undefined ? [] : [m.area])))];
  if (areaIds.length) checkAreas(areas, areaIds, 'area');
  const topics = new Set(inputs.flatMap((m) => [...(m.topic ? [m.topic] : []), ...m.alsoTopics]));
  await checkTopics(tx, [...topics], 'topic');
  for (const input of inputs) refuseOversized(input);
  // One installation by id: as `send` does, a gone one gets a dispatch with no recipients.
  const single = [...new Set(inputs.flatMap((m) => m.installationId ?? []))];
  const existing = new Set<string>();
  if (single.length) {
    const found = await tx.query<{ id: string }>(
      'select id::text as id from notify_installations where id = any($1::uuid[]) for key share',
      [single],
    );
    for (const row of found.rows) existing.add(row.id);
  }
  const now = ctx.now().toISOString();
  const rows = inputs.map((m) => ({
    topic: m.topic ?? null,
    area: m.area ?? null,
    title: m.title,
    body: m.body,
    url: m.url ?? null,
    urgency: m.urgency,
    ttl: m.ttl,
    collapse_key: m.collapseKey ?? null,
    idempotency_key: m.idempotencyKey,
    send_at: m.sendAt?.toISOString() ?? now,
    also_topics: [...new Set(m.alsoTopics)].filter((t) => t !== m.topic),
    kind: m.installationIds ? 'installations' : m.installationId ? 'installation' : 'topic',
    installation_id:
      m.installationId && existing.has(m.installationId.toLowerCase())
        ? m.installationId.toLowerCase()
        : null,
    installation_ids: m.installationIds ? [...new Set(m.installationIds)] : null,
  }));
  // One statement for the whole run: the rows travel as one JSON parameter.
  const inserted = await tx.query<{ id: string; idempotency_key: string }>(
    `insert into notify_dispatches (topic, area, title, body, url, urgency, ttl, collapse_key,
         idempotency_key, send_at, also_topics, kind, installation_id, installation_ids)
     select r.topic, r.area, r.title, r.body, r.url, r.urgency, r.ttl, r.collapse_key,
            r.idempotency_key, r.send_at, array(select jsonb_array_elements_text(r.also_topics)),
            r.kind, r.installation_id,
            case when r.installation_ids is null then null
              else array(select jsonb_array_elements_text(r.installation_ids))::uuid[] end
       from jsonb_to_recordset($1::jsonb) as r(topic text, area text, title jsonb, body jsonb,
            url text, urgency text, ttl integer, collapse_key text, idempotency_key text,
            send_at timestamptz, also_topics jsonb, kind text, installation_id uuid,
            installation_ids jsonb)
     on conflict (idempotency_key) do nothing
     returning id::text as id, idempotency_key`,
    [JSON.stringify(rows)],
  );
  const created = new Map(inserted.rows.map((r) => [r.idempotency_key, r.id]));
  const repeated = rows.map((r) => r.idempotency_key).filter((k) => !created.has(k));
  const before = new Map<string, string>();
  if (repeated.length) {
    const found = await tx.query<{ id: string; idempotency_key: string }>(
      `select id::text as id, idempotency_key from notify_dispatches
        where idempotency_key = any($1::text[])`,
      [repeated],
    );
    for (const r of found.rows) before.set(r.idempotency_key, r.id);
  }
  // A key twice in one call: the first is created, the second is its repeat.
  const claimed = new Set<string>();
  return rows.map(({ idempotency_key: key }) => {
    const id = created.get(key);
    if (id && !claimed.has(key)) {
      claimed.add(key);
      return { dispatchId: id, created: true };
    }
    return { dispatchId: (id ?? before.get(key)) as string, created: false };
  });
}
