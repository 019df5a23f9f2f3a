import type { ModuleServerContext } from '@city-app/server';
import type { CouncilConfig } from '../../config.js';

/**
 * The devices following each of these committees. A device notify no longer knows (its
 * resident deleted it, or the push service dropped it) is forgotten here too: it can hear
 * nothing any more, and its follows should not outlive it.
 */
export async function followersOf(
  ctx: Pick<ModuleServerContext<CouncilConfig>, 'db' | 'notify'>,
  organizations: string[],
): Promise<Map<string, string[]>> {
  const byCommittee = new Map<string, string[]>();
  if (!ctx.notify || !organizations.length) return byCommittee;
  const { rows } = await ctx.db.query<{ organization: string; installation_id: string }>(
    `SELECT organization, installation_id::text AS installation_id FROM council_followers
      WHERE organization = ANY($1::text[])`,
    [[...new Set(organizations)]],
  );
  const all = [...new Set(rows.map((r) => r.installation_id))];
  const known = new Set(all.length ? await ctx.notify.existingInstallations(all) : []);
  const gone = all.filter((id) => !known.has(id));
  if (gone.length) {
    await ctx.db.query('DELETE FROM council_followers WHERE installation_id = ANY($1::uuid[])', [
      gone,
    ]);
  }
  for (const row of rows) {
    if (!known.has(row.installation_id)) continue;
    byCommittee.set(row.organization, [
      ...(byCommittee.get(row.organization) ?? []),
      row.installation_id,
    ]);
  }
  return byCommittee;
}
