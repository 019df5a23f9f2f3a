import { addDaysToDate, localDateOf } from '@city-app/core';
import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { EventsConfig } from '../../config.js';

/** How many installation ids one question to notify carries. */
const CHUNK = 5_000;
/** Reminders of dates longer ago than this are forgotten, as the privacy page says. */
export const REMINDER_RETENTION_DAYS = 30;

/**
 * Forgets what devices that no longer exist asked for (the resident deleted their data or
 * switched notifications off: notify removed the installation), and reminders of dates more
 * than 30 days past. Notify's tables are notify's: the module asks `existingInstallations`.
 */
export async function forgetFollowsAndReminders(
  ctx: ModuleServerContext<EventsConfig>,
  now: Date,
): Promise<{ devices: number; pastReminders: number }> {
  const before = addDaysToDate(localDateOf(now, ctx.city.timezone), -REMINDER_RETENTION_DAYS);
  const past = await ctx.db.query('DELETE FROM events_reminders WHERE original_date < $1::date', [
    before,
  ]);
  let devices = 0;
  const notify = ctx.notify;
  if (notify) {
    const { rows } = await ctx.db.query<{ id: string }>(
      `SELECT installation_id::text AS id FROM events_follows
        UNION SELECT installation_id::text FROM events_reminders ORDER BY 1`,
    );
    for (let i = 0; i < rows.length; i += CHUNK) {
      const ids = rows.slice(i, i + CHUNK).map((r) => r.id);
      const existing = new Set(await notify.existingInstallations(ids));
      const gone = ids.filter((id) => !existing.has(id));
      if (!gone.length) continue;
      await ctx.db.transaction(async (tx) => {
        await tx.query('DELETE FROM events_follows WHERE installation_id = ANY($1::uuid[])', [
          gone,
        ]);
        await tx.query('DELETE FROM events_reminders WHERE installation_id = ANY($1::uuid[])', [
          gone,
        ]);
      });
      devices += gone.length;
    }
  }
  return { devices, pastReminders: past.rowCount };
}

export const forgetJob: ScheduledJob<EventsConfig> = {
  name: 'forget',
  title: {
    de: 'Verwaiste Folgen löschen',
    en: 'Delete follows of removed devices',
  },
  every: 'day',
  run: (ctx, { dueAt }) => forgetFollowsAndReminders(ctx, dueAt),
};
