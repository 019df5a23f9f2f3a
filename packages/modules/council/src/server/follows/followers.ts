import type { ModuleServerContext, Queryable } from '@city-app/server';
import type { CouncilConfig } from '../../config.js';

/** The devices following each of these committees, as the table has them. */
export async function committeeFollowers(
  db: Queryable,
  organizations: string[],
): Promise<Map<string, string[]>> {
  const byCommittee = new Map<string, string[]>();
  if (!organizations.length) return byCommittee;
  const { rows } = await db.query<{ organization: string; installation_id: string }>(
    `SELECT organization, installation_id::text AS installation_id FROM council_followers
      WHERE organization = ANY($1::text[])`,
    [[...new Set(organizations)]],
  );
  for (const row of rows) {
    byCommittee.set(row.organization, [
      ...(byCommittee.get(row.organization) ?? []),
      row.installation_id,
    ]);
  }
  return byCommittee;
}

/**
 * Of these devices, those notify still knows. One it no longer knows (its resident deleted
 * it, or the push service dropped it) is forgotten here too, its committees and words alike:
 * it can hear nothing any more, and its follows should not outlive it.
 */
export async function knownFollowers(
  ctx: Pick<ModuleServerContext<CouncilConfig>, 'db' | 'notify'>,
  installationIds: string[],
): Promise<Set<string>> {
  const all = [...new Set(installationIds)];
  if (!ctx.notify || !all.length) return new Set();
  const known = new Set(await ctx.notify.existingInstallations(all));
  const gone = all.filter((id) => !known.has(id));
  if (gone.length) {
    for (const table of ['council_followers', 'council_word_follows']) {
      await ctx.db.query(`DELETE FROM ${table} WHERE installation_id = ANY($1::uuid[])`, [gone]);
    }
  }
  return known;
}
