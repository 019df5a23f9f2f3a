import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { WasteConfig } from '../../config.js';
import { WASTE_TOPIC } from '../../topics.js';
import { type DueGroup, dueReminders } from './due.js';
import { bilingual, clockTime, pickupCollapseKey, typeName } from './texts.js';

/** A run covers the reminders due in the five minutes up to its due time. */
export const REMINDER_WINDOW_MS = 5 * 60_000;
/** Notify takes at most this many messages per call. */
const MESSAGES_PER_CALL = 10_000;

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/**
 * Where in the spread window a group is sent: the same for the same group on every run
 * (FNV-1a of its key), so a re-run writes the same message and 3,000 phones of different
 * streets do not wake the server in the same second.
 */
export function spreadOffsetSeconds(key: string, spreadSeconds: number): number {
  if (spreadSeconds <= 0) return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % (spreadSeconds + 1);
}

/** The message of one group, or none when the bins are already due out by its send time. */
function reminderMessage(ctx: ModuleServerContext<WasteConfig>, group: DueGroup) {
  const { config } = ctx;
  const key = `waste:reminder:${group.locationId}:${group.typeId}:${group.date}:${group.kind}:${group.minute}`;
  // A reminder for after the collection has started is worth nothing.
  const left = group.pickupAt.getTime() - group.at.getTime();
  if (left < 0) return undefined;
  // Spread, but never past half the time left before the collection.
  const offset = Math.min(spreadOffsetSeconds(key, config.reminderSpreadSeconds) * 1000, left / 2);
  const sendAt = new Date(group.at.getTime() + Math.floor(offset / 1000) * 1000);
  // The push service drops it once the collection starts (TTL 0: now or never).
  const ttl = Math.floor((group.pickupAt.getTime() - sendAt.getTime()) / 1000);
  return {
    installationIds: group.installationIds,
    topic: WASTE_TOPIC,
    title: bilingual(`waste.push.${group.kind}.title`, (l) => ({
      type: typeName(config, group.typeId, l),
    })),
    body: bilingual('waste.push.reminder.body', (l) => ({
      street: group.locationName,
      time: clockTime(config.collectionStartsAt, l),
    })),
    url: ctx.manifest.path,
    urgency: 'normal' as const,
    ttl: Math.min(ttl, 28 * 24 * 3600),
    collapseKey: pickupCollapseKey(group.locationId, group.typeId, group.date),
    idempotencyKey: key,
    sendAt,
  };
}

/**
 * Finds every reminder due in (dueAt − 5 min, dueAt] and writes it to notify's outbox in one
 * pass: one statement finds the groups, one multi-row insert (per 10,000 groups) writes one
 * message per group with its list of installations, in one transaction. Idempotent per
 * group, so a run taken over by another process sends nothing twice.
 */
export async function sendDueReminders(
  ctx: ModuleServerContext<WasteConfig>,
  dueAt: Date,
): Promise<{ groups: number; reminders: number; sent: number; skipped: number }> {
  const notify = ctx.notify;
  const counts = { groups: 0, reminders: 0, sent: 0, skipped: 0 };
  if (!notify) return counts;
  const window = { from: new Date(dueAt.getTime() - REMINDER_WINDOW_MS), to: dueAt };
  await ctx.db.transaction(async (tx) => {
    const groups = await dueReminders(
      tx,
      window,
      ctx.city.timezone,
      minutesOf(ctx.config.collectionStartsAt),
    );
    const messages = groups.flatMap((g) => reminderMessage(ctx, g) ?? []);
    counts.groups = groups.length;
    counts.reminders = messages.reduce((n, m) => n + m.installationIds.length, 0);
    counts.skipped = groups.length - messages.length;
    for (let i = 0; i < messages.length; i += MESSAGES_PER_CALL) {
      const results = await notify.sendMany(tx, messages.slice(i, i + MESSAGES_PER_CALL));
      counts.sent += results.filter((r) => r.created).length;
    }
  });
  return counts;
}

export const remindersJob: ScheduledJob<WasteConfig> = {
  name: 'reminders',
  title: {
    de: 'An Abfuhrtermine erinnern',
    en: 'Send collection reminders',
  },
  every: '5 minutes',
  run: (ctx, { dueAt }) => sendDueReminders(ctx, dueAt),
};
