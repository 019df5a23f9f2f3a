import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { WasteConfig } from '../../config.js';

/** How many installation ids one question to notify carries. */
const CHUNK = 5_000;

/**
 * Forgets the follows of installations that no longer exist. A resident who deletes their
 * data in "Meine Einstellungen" or turns off notifications deletes their notify installation;
 * its id is then meaningless here and is removed within a day. Until then no reminder can
 * reach it (notify sends only to installations that exist), so nothing leaks meanwhile.
 * Notify's tables are notify's: the module asks `ctx.notify.existingInstallations`.
 */
export async function forgetGoneFollows(
  ctx: ModuleServerContext<WasteConfig>,
): Promise<{ forgotten: number; kept: number }> {
  const notify = ctx.notify;
  if (!notify) return { forgotten: 0, kept: 0 };
  const { rows } = await ctx.db.query<{ id: string }>(
    'SELECT DISTINCT installation_id::text AS id FROM waste_follows ORDER BY 1',
  );
  let forgotten = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ids = rows.slice(i, i + CHUNK).map((r) => r.id);
    const existing = new Set(await notify.existingInstallations(ids));
    const gone = ids.filter((id) => !existing.has(id));
    if (!gone.length) continue;
    await ctx.db.query('DELETE FROM waste_follows WHERE installation_id = ANY($1::uuid[])', [gone]);
    forgotten += gone.length;
  }
  return { forgotten, kept: rows.length - forgotten };
}

export const forgetGoneFollowsJob: ScheduledJob<WasteConfig> = {
  name: 'forget-gone-follows',
  title: {
    de: 'Verwaiste Erinnerungen löschen',
    en: 'Delete reminders of removed devices',
  },
  every: 'day',
  run: (ctx) => forgetGoneFollows(ctx),
};
