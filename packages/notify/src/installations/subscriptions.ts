/** A browser's push subscription: checked before it is stored, stored by its endpoint. */
import type { Queryable } from '../db.js';
import { type PushServicePolicy, refuseEndpoint } from '../endpoints/push-services.js';
import { notifyErrors } from '../errors.js';
import type { SubscriptionInput } from '../schemas.js';
import { decodeKeys } from '../webpush/encrypt.js';

export function checkSubscription(
  subscription: SubscriptionInput,
  pushServices: PushServicePolicy,
): void {
  const refused = refuseEndpoint(new URL(subscription.endpoint), pushServices);
  if (refused) throw notifyErrors.endpointRefused('subscription.endpoint', refused);
  decodeKeys(subscription.keys, 'subscription.');
}

export async function storeSubscription(
  tx: Queryable,
  installationId: string,
  s: SubscriptionInput,
): Promise<void> {
  // A browser that re-subscribes keeps its endpoint; it moves to this installation.
  await tx.query(
    `insert into notify_subscriptions (installation_id, endpoint, p256dh, auth) values ($1, $2, $3, $4)
     on conflict (endpoint) do update set installation_id = excluded.installation_id,
       p256dh = excluded.p256dh, auth = excluded.auth`,
    [installationId, s.endpoint, s.keys.p256dh, s.keys.auth],
  );
}
