import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { SurveysConfig } from '../../config.js';

/**
 * Binding votes whose link ran out: the answers are deleted, and the device and address may
 * vote again. Each survey under its lock, as closing and confirming take it.
 */
export async function expireVotes(
  ctx: ModuleServerContext<SurveysConfig>,
  now: Date,
): Promise<number> {
  const { rows: surveys } = await ctx.db.query<{ survey_id: string }>(
    'SELECT DISTINCT survey_id FROM surveys_pending_votes WHERE expires_at <= $1',
    [now.toISOString()],
  );
  let expired = 0;
  for (const { survey_id } of surveys) {
    expired += await ctx.db.transaction(async (tx) => {
      await tx.query('SELECT id FROM surveys_surveys WHERE id = $1 FOR UPDATE', [survey_id]);
      const { rows } = await tx.query<{ voters: string[] }>(
        `DELETE FROM surveys_pending_votes WHERE survey_id = $1 AND expires_at <= $2
         RETURNING voters`,
        [survey_id, now.toISOString()],
      );
      const voters = rows.flatMap((r) => r.voters);
      if (voters.length) {
        await tx.query(
          'DELETE FROM surveys_voters WHERE survey_id = $1 AND voter = ANY ($2::text[])',
          [survey_id, voters],
        );
      }
      return rows.length;
    });
  }
  return expired;
}

export const expireVotesJob: ScheduledJob<SurveysConfig> = {
  name: 'expire-votes',
  title: {
    de: 'Unbestätigte Stimmen verwerfen',
    en: 'Discard unconfirmed votes',
  },
  every: '15 minutes',
  run: async (ctx, { dueAt }) => ({ expired: await expireVotes(ctx, dueAt) }),
};
