import type { Locale } from '@city-app/core';
import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { WasteConfig } from '../../config.js';
import { WASTE_TOPIC } from '../../topics.js';
import {
  bilingual,
  pickupCollapseKey,
  shortDate,
  translate,
  typeName,
} from '../reminders/texts.js';
import type { ChangeReason } from './record.js';

/** Changes taken per run; the rest wait for the next minute. */
const CHANGES_PER_RUN = 200;
const MAX_TTL = 28 * 24 * 3600;
/** Notify takes at most this many messages per call. */
const MESSAGES_PER_CALL = 10_000;

interface Claimed {
  id: string;
  type_id: string;
  old_date: string | null;
  new_date: string | null;
  reason: ChangeReason | null;
  /** The change's date (the new one, else the old) has not passed in the town. */
  upcoming: boolean;
  /** When the bins must be out on that date. */
  pickup_at: Date | string;
}

/** What residents read about one change: "Papier/Pappe: neuer Termin Mi., 7. Jan. statt …". */
function changeText(config: WasteConfig, change: Claimed): { de: string; en: string } {
  const what =
    change.old_date && change.new_date ? 'moved' : change.new_date ? 'added' : 'cancelled';
  const reason =
    change.reason && change.reason !== 'other' && what !== 'added' ? change.reason : null;
  const inLanguage = (l: Locale) => {
    const text = translate(l, `waste.push.change.${what}`, {
      type: typeName(config, change.type_id, l),
      old: change.old_date ? shortDate(change.old_date, l) : '',
      new: change.new_date ? shortDate(change.new_date, l) : '',
    });
    if (!reason) return text;
    const why = translate(l, `waste.push.reason.${what}.${reason}`);
    return translate(l, 'waste.push.change.because', { text, reason: why });
  };
  return { de: inLanguage('de'), en: inLanguage('en') };
}

/**
 * Tells the residents who follow a tour's locations and waste type about each changed date,
 * once: claims unannounced changes (`FOR UPDATE SKIP LOCKED`, so processes share the work),
 * writes one message per change and location — with the collapse key of the old date, so it
 * replaces a reminder of that date on the device — and marks them announced, all in one
 * transaction. A change whose date has passed is marked without a message.
 */
export async function announceChanges(
  ctx: ModuleServerContext<WasteConfig>,
  now: Date,
): Promise<{ changes: number; announced: number; messages: number }> {
  const notify = ctx.notify;
  if (!notify) return { changes: 0, announced: 0, messages: 0 };
  const collectionStarts = ctx.config.collectionStartsAt;
  return ctx.db.transaction(async (tx) => {
    const { rows: claimed } = await tx.query<Claimed>(
      `WITH c AS (
         SELECT id, tour_id, old_date, new_date, reason FROM waste_changes
          WHERE announced_at IS NULL ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED
       )
       SELECT c.id::text AS id, t.type_id, to_char(c.old_date, 'YYYY-MM-DD') AS old_date,
              to_char(c.new_date, 'YYYY-MM-DD') AS new_date, c.reason,
              coalesce(c.new_date, c.old_date) >= ($1::timestamptz AT TIME ZONE $2)::date AS upcoming,
              (coalesce(c.new_date, c.old_date) + $3::time) AT TIME ZONE $2 AS pickup_at
         FROM c JOIN waste_tours t ON t.id = c.tour_id ORDER BY c.id`,
      [now.toISOString(), ctx.city.timezone, collectionStarts, CHANGES_PER_RUN],
    );
    if (!claimed.length) return { changes: 0, announced: 0, messages: 0 };
    const upcoming = claimed.filter((c) => c.upcoming);
    // Per change and location: the installations that follow that location and type.
    const { rows: audiences } = await tx.query<{
      change_id: string;
      location_id: number;
      ids: string[];
    }>(
      `SELECT c.id::text AS change_id, lt.location_id,
              array_agg(f.installation_id::text ORDER BY f.installation_id) AS ids
         FROM waste_changes c
         JOIN waste_tours t ON t.id = c.tour_id
         JOIN waste_location_tours lt ON lt.tour_id = c.tour_id AND lt.type_id = t.type_id
         JOIN waste_follows f ON f.location_id = lt.location_id AND f.type_id = t.type_id
        WHERE c.id = ANY($1::bigint[])
        GROUP BY c.id, lt.location_id
        ORDER BY c.id, lt.location_id`,
      [upcoming.map((c) => c.id)],
    );
    const byId = new Map(upcoming.map((c) => [c.id, c]));
    const messages = audiences.map((a) => {
      const change = byId.get(a.change_id) as Claimed;
      const text = changeText(ctx.config, change);
      const ttl = Math.floor((new Date(change.pickup_at).getTime() - now.getTime()) / 1000);
      return {
        installationIds: a.ids,
        topic: WASTE_TOPIC,
        title: bilingual('waste.push.change.title', () => ({})),
        body: text,
        url: ctx.manifest.path,
        ttl: Math.max(60, Math.min(ttl, MAX_TTL)),
        collapseKey: pickupCollapseKey(
          a.location_id,
          change.type_id,
          (change.old_date ?? change.new_date) as string,
        ),
        idempotencyKey: `waste:change:${change.id}:${a.location_id}`,
      };
    });
    for (let i = 0; i < messages.length; i += MESSAGES_PER_CALL) {
      await notify.sendMany(tx, messages.slice(i, i + MESSAGES_PER_CALL));
    }
    await tx.query('UPDATE waste_changes SET announced_at = $2 WHERE id = ANY($1::bigint[])', [
      claimed.map((c) => c.id),
      now.toISOString(),
    ]);
    return { changes: claimed.length, announced: upcoming.length, messages: messages.length };
  });
}

export const announceChangesJob: ScheduledJob<WasteConfig> = {
  name: 'announce-changes',
  title: {
    de: 'Geänderte Abfuhrtermine melden',
    en: 'Announce changed collection dates',
  },
  every: '1 minute',
  run: (ctx, { dueAt }) => announceChanges(ctx, dueAt),
};
