/** A test notification the resident asks for, to see how messages look on this device. */

import { randomUUID } from 'node:crypto';
import { cityError } from '@city-app/core';
import type { NotifyContext } from '../context.js';
import { notifyErrors } from '../errors.js';
import { UUID } from './installation.js';

/** Seconds between two test notifications to the same installation. */
const TEST_INTERVAL_S = 10;
const TEST_MESSAGE = {
  title: { de: 'Testbenachrichtigung', en: 'Test notification' },
  body: {
    de: 'So sehen Mitteilungen Ihrer Stadt auf diesem Gerät aus.',
    en: 'This is how messages from your town look on this device.',
  },
};

export async function sendTestNotification(
  ctx: NotifyContext,
  id: string,
): Promise<{ dispatchId: string; recipients: number } | undefined> {
  const { db, now } = ctx;
  if (!UUID.test(id)) return undefined;
  return db.transaction(async (tx) => {
    // Lock the installation so two quick presses cannot both pass the interval check.
    const found = await tx.query<{ recent: boolean }>(
      `select exists (select 1 from notify_dispatches d where d.installation_id = i.id and d.kind = 'test'
                          and d.created_at > $2::timestamptz - make_interval(secs => $3)) as recent
           from notify_installations i where i.id = $1 for update`,
      [id, now().toISOString(), TEST_INTERVAL_S],
    );
    const row = found.rows[0];
    if (!row) return undefined;
    if (row.recent) throw notifyErrors.tooSoon(TEST_INTERVAL_S);
    const at = now().toISOString();
    const inserted = await tx.query<{ id: string }>(
      `insert into notify_dispatches (kind, topic, installation_id, title, body, url, urgency, ttl,
           idempotency_key, send_at, state, fanned_out_at, created_at)
         values ('test', null, $1, $2, $3, '/einstellungen', 'normal', 600, $4, $5, 'fanned_out', $5, $5)
         returning id::text as id`,
      [
        id,
        JSON.stringify(TEST_MESSAGE.title),
        JSON.stringify(TEST_MESSAGE.body),
        `test-${randomUUID()}`,
        at,
      ],
    );
    const dispatchId = (inserted.rows[0] as { id: string }).id;
    const deliveries = await tx.query(
      `insert into notify_delivery_singles (dispatch_id, subscription_id, due_at)
         select $1::bigint, s.id, $2::timestamptz from notify_subscriptions s where s.installation_id = $3`,
      [dispatchId, at, id],
    );
    if (deliveries.rowCount === 0) {
      throw cityError('notify_no_subscription', {}, { field: 'subscription' });
    }
    await tx.query('update notify_dispatches set recipients = $2 where id = $1', [
      dispatchId,
      deliveries.rowCount,
    ]);
    return { dispatchId, recipients: deliveries.rowCount };
  });
}
