import { errors } from '@city-app/core';
import type { ModuleServerContext, Queryable } from '@city-app/server';
import type { FollowedCommittees } from '../../api/follows.js';
import type { CouncilConfig } from '../../config.js';
import { followError } from '../../errors/follows.js';

/** A device follows a handful of committees; a stranger cannot fill the table through one id. */
export const MAX_FOLLOWS_PER_INSTALLATION = 50;

/** The id of a committee residents can follow: an Organization the source still lists. */
async function committeeId(db: Queryable, key: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM council_objects WHERE key = $1 AND type = 'Organization' AND NOT deleted`,
    [key],
  );
  if (!rows[0]) throw errors.notFound({ de: 'Das Gremium', en: 'The committee' });
  return rows[0].id;
}

/** The device must be signed up with notify: without it no news of the council reach it. */
export async function checkInstallation(
  ctx: ModuleServerContext<CouncilConfig>,
  installationId: string,
): Promise<void> {
  if (!ctx.notify) return;
  const [exists] = await ctx.notify.existingInstallations([installationId]);
  if (!exists) throw followError('council_no_installation', {}, { field: 'installationId' });
}

/** The device hears of the committee's new meetings and agendas; following twice changes nothing. */
export async function follow(
  ctx: ModuleServerContext<CouncilConfig>,
  key: string,
  installationId: string,
): Promise<void> {
  const organization = await committeeId(ctx.db, key);
  await checkInstallation(ctx, installationId);
  await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ others: number }>(
      `SELECT count(*)::int AS others FROM council_followers
        WHERE installation_id = $1 AND organization <> $2`,
      [installationId, organization],
    );
    if ((rows[0]?.others ?? 0) >= MAX_FOLLOWS_PER_INSTALLATION) {
      throw followError(
        'council_too_many_follows',
        { limit: MAX_FOLLOWS_PER_INSTALLATION },
        { field: 'installationId' },
      );
    }
    await tx.query(
      `INSERT INTO council_followers (organization, installation_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [organization, installationId],
    );
  });
}

export async function unfollow(
  ctx: ModuleServerContext<CouncilConfig>,
  key: string,
  installationId: string,
): Promise<void> {
  const organization = await committeeId(ctx.db, key);
  await ctx.db.query(
    'DELETE FROM council_followers WHERE organization = $1 AND installation_id = $2',
    [organization, installationId],
  );
}

/** The committees a device follows, by name; the installation id is the proof. */
export async function followedCommittees(
  db: Queryable,
  installationId: string,
): Promise<FollowedCommittees> {
  const { rows } = await db.query<{ key: string; name: string | null }>(
    `SELECT o.key, o.name FROM council_followers f
       JOIN council_objects o ON o.id = f.organization AND NOT o.deleted
      WHERE f.installation_id = $1
      ORDER BY o.name, o.key`,
    [installationId],
  );
  return { items: rows };
}
