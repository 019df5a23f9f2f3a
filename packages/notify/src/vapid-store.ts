import type { Queryable } from './db.js';
import { generateVapidKeys, type VapidKeys, vapidKeysFromEnv } from './webpush/vapid.js';

/**
 * The town's VAPID keys: from `CITY_APP_VAPID_*` when set; otherwise the pair stored in the
 * database, generated and stored at first start (embedded mode). Keep them: browsers
 * subscribed with one public key reject pushes signed with another.
 */
export async function resolveVapidKeys(
  db: Queryable,
  env: Record<string, string | undefined>,
  defaultSubject: string,
): Promise<VapidKeys> {
  const fromEnv = vapidKeysFromEnv(env);
  if (fromEnv) return fromEnv;
  const fresh = generateVapidKeys(defaultSubject);
  // Two processes starting at once both try; the first insert wins and both read it back.
  await db.query(
    `insert into notify_vapid (public_key, private_key, subject) values ($1, $2, $3) on conflict (id) do nothing`,
    [fresh.publicKey, fresh.privateKey, fresh.subject],
  );
  const { rows } = await db.query<{ public_key: string; private_key: string; subject: string }>(
    'select public_key, private_key, subject from notify_vapid',
  );
  const row = rows[0] as { public_key: string; private_key: string; subject: string };
  return { publicKey: row.public_key, privateKey: row.private_key, subject: row.subject };
}
