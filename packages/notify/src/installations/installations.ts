/**
 * Anonymous installations: a resident's preferences (topics, areas, quiet hours) and the
 * push subscriptions of their devices, under an id only the installation knows.
 */

import { randomUUID } from 'node:crypto';
import { cityError } from '@city-app/core';
import { checkAreas } from '../areas.js';
import type { NotifyContext } from '../context.js';
import type { PushServicePolicy } from '../endpoints/push-services.js';
import {
  type InstallationInput,
  installationInput,
  type ResubscribeInput,
  resubscribeInput,
} from '../schemas.js';
import { checkTopics } from '../topics/topics.js';
import { parse } from '../validate.js';
import { type Installation, loadInstallation, toMinutes, UUID } from './installation.js';
import { deleteInstallation, exportInstallation } from './personal-data.js';
import { checkSubscription, storeSubscription } from './subscriptions.js';
import { sendTestNotification } from './test-notification.js';

export interface Installations {
  /** Creates or replaces an installation's preferences; adds its subscription if given. */
  upsert(id: string | undefined, input: InstallationInput): Promise<Installation>;
  get(id: string): Promise<Installation | undefined>;
  /**
   * Which of these ids belong to installations that exist: a module that keeps installation
   * ids (e.g. reminders a resident asked for) forgets the others, without reading notify's
   * tables. Ids that are not UUIDs are simply not among them.
   */
  existing(ids: readonly string[]): Promise<string[]>;
  /**
   * Stores the browser's new push subscription for an existing installation, keeping its
   * preferences, and removes `oldEndpoint` (the subscription it replaces), in one step.
   * `undefined` when the installation does not exist.
   */
  resubscribe(id: string, input: ResubscribeInput): Promise<Installation | undefined>;
  /** Removes one subscription (the browser unsubscribed). */
  unsubscribe(id: string, endpoint: string): Promise<boolean>;
  /** Everything stored about an installation: preferences, subscriptions, deliveries and their log. */
  export(id: string): Promise<Record<string, unknown> | undefined>;
  /** Deletes the installation, its subscriptions, deliveries and log. */
  delete(id: string): Promise<boolean>;
  /**
   * Sends a test notification to this installation's own subscriptions, at once (the
   * resident asked for it, so quiet hours do not apply). Editors do not see it in their
   * figures. `undefined` when the installation does not exist.
   */
  sendTest(id: string): Promise<{ dispatchId: string; recipients: number } | undefined>;
}

export function createInstallations(
  ctx: NotifyContext,
  areas: string[] | undefined,
  pushServices: PushServicePolicy,
): Installations {
  const { db } = ctx;
  return {
    async upsert(id, raw) {
      if (id !== undefined && !UUID.test(id)) {
        throw cityError('notify_bad_installation_id', {}, { field: 'id' });
      }
      const input = parse(installationInput, raw);
      checkAreas(areas, input.areas, 'areas');
      if (input.subscription) checkSubscription(input.subscription, pushServices);
      const installationId = id ?? randomUUID();
      const topics = [...new Set(input.topics)];
      return db.transaction(async (tx) => {
        await checkTopics(tx, topics, 'topics');
        const q = input.quietHours;
        await tx.query(
          `insert into notify_installations (id, language, topics, areas, quiet_start, quiet_end)
           values ($1, $2, $3::text[], $4::text[], $5, $6)
           on conflict (id) do update set language = excluded.language, topics = excluded.topics,
             areas = excluded.areas, quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
             updated_at = now()`,
          [
            installationId,
            input.language,
            topics,
            [...new Set(input.areas)],
            q ? toMinutes(q.start) : null,
            q ? toMinutes(q.end) : null,
          ],
        );
        if (input.subscription) await storeSubscription(tx, installationId, input.subscription);
        return (await loadInstallation(tx, installationId)) as Installation;
      });
    },
    async resubscribe(id, raw) {
      if (!UUID.test(id)) return undefined;
      const input = parse(resubscribeInput, raw);
      checkSubscription(input.subscription, pushServices);
      return db.transaction(async (tx) => {
        const found = await tx.query('select 1 from notify_installations where id = $1', [id]);
        if (!found.rowCount) return undefined;
        if (input.oldEndpoint && input.oldEndpoint !== input.subscription.endpoint) {
          await tx.query(
            'delete from notify_subscriptions where installation_id = $1 and endpoint = $2',
            [id, input.oldEndpoint],
          );
        }
        await storeSubscription(tx, id, input.subscription);
        return (await loadInstallation(tx, id)) as Installation;
      });
    },
    get: (id) => loadInstallation(db, id),
    async existing(ids) {
      const wanted = [...new Set(ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
      if (!wanted.length) return [];
      const { rows } = await db.query<{ id: string }>(
        'select id::text as id from notify_installations where id = any($1::uuid[])',
        [wanted],
      );
      return rows.map((r) => r.id);
    },
    async unsubscribe(id, endpoint) {
      if (!UUID.test(id)) return false;
      const r = await db.query(
        'delete from notify_subscriptions where installation_id = $1 and endpoint = $2',
        [id, endpoint],
      );
      return r.rowCount > 0;
    },
    export: (id) => exportInstallation(db, id),
    delete: (id) => deleteInstallation(db, id),
    sendTest: (id) => sendTestNotification(ctx, id),
  };
}
