import type { ModuleServerContext } from '@city-app/server';
import type { ReportsConfig } from '../../config.js';
import { reportError } from '../../errors/reports.js';

/** The device must be signed up with notify: without it no news of the report could reach it. */
export async function checkInstallation(
  ctx: ModuleServerContext<ReportsConfig>,
  installationId: string,
): Promise<void> {
  if (!ctx.notify) return;
  const [exists] = await ctx.notify.existingInstallations([installationId]);
  if (!exists) {
    throw reportError('reports_no_installation', {}, { field: 'installationId' });
  }
}

/** The id of a report residents can follow: open or not, but not hidden from them. */
async function followableReport(
  ctx: ModuleServerContext<ReportsConfig>,
  publicId: string,
): Promise<string> {
  const { rows } = await ctx.db.query<{ id: string }>(
    `SELECT id FROM reports WHERE public_id = $1 AND moderation <> 'hidden'`,
    [publicId],
  );
  if (!rows[0]) throw reportError('reports_not_found', { publicId });
  return rows[0].id;
}

/** The device hears of each new status of the report; following twice changes nothing. */
export async function follow(
  ctx: ModuleServerContext<ReportsConfig>,
  publicId: string,
  installationId: string,
): Promise<void> {
  const reportId = await followableReport(ctx, publicId);
  await checkInstallation(ctx, installationId);
  await ctx.db.query(
    `INSERT INTO reports_followers (report_id, installation_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING`,
    [reportId, installationId],
  );
}

export async function unfollow(
  ctx: ModuleServerContext<ReportsConfig>,
  publicId: string,
  installationId: string,
): Promise<void> {
  const reportId = await followableReport(ctx, publicId);
  await ctx.db.query(
    'DELETE FROM reports_followers WHERE report_id = $1 AND installation_id = $2',
    [reportId, installationId],
  );
}
