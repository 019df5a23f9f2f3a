import type { ModuleServerContext } from '@city-app/server';
import type { ReportsConfig } from '../../config.js';

/** How many installation ids one question to notify carries. */
const CHUNK = 5_000;

/**
 * Forgets devices that no longer exist (the resident deleted their data or switched
 * notifications off, and notify removed the installation): they no longer follow any report,
 * and no report names them as its reporter's. Notify's tables are notify's: the module asks
 * `existingInstallations`.
 */
export async function forgetGoneDevices(ctx: ModuleServerContext<ReportsConfig>): Promise<number> {
  const notify = ctx.notify;
  if (!notify) return 0;
  const { rows } = await ctx.db.query<{ id: string }>(
    `SELECT installation_id::text AS id FROM reports_followers
      UNION SELECT reporter_installation::text FROM reports WHERE reporter_installation IS NOT NULL
      ORDER BY 1`,
  );
  let gone = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const ids = rows.slice(i, i + CHUNK).map((r) => r.id);
    const existing = new Set(await notify.existingInstallations(ids));
    const missing = ids.filter((id) => !existing.has(id));
    if (!missing.length) continue;
    await ctx.db.transaction(async (tx) => {
      await tx.query('DELETE FROM reports_followers WHERE installation_id = ANY($1::uuid[])', [
        missing,
      ]);
      await tx.query(
        `UPDATE reports SET reporter_installation = NULL
          WHERE reporter_installation = ANY($1::uuid[])`,
        [missing],
      );
    });
    gone += missing.length;
  }
  return gone;
}
