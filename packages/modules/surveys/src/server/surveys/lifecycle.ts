import { randomBytes } from 'node:crypto';
import type { ModuleServerContext } from '@city-app/server';
import type { SurveysConfig } from '../../config.js';
import { surveyError } from '../../errors/surveys.js';
import { forgetVoters } from '../ballots/forget-voters.js';
import { announceOpening } from './announce.js';
import { readSurveyRow } from './row.js';

/**
 * Publishes a draft: residents see it, and it opens at its time. It gets the secret its
 * voters are recorded under; the secret dies when the survey closes. With `now`, it opens at
 * once (staff's "open now"), and the followers of "Beteiligung" hear of it.
 */
export async function publishSurvey(
  ctx: ModuleServerContext<SurveysConfig>,
  id: string,
  now: Date,
  openNow: boolean,
): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const row = await readSurveyRow(tx, id, 'FOR UPDATE');
    if (!row) return false;
    if (row.closed_at || (row.published_at && new Date(row.closes_at) <= now)) {
      throw surveyError('surveys_already_closed');
    }
    if (!row.published_at) {
      if (!openNow && new Date(row.closes_at) <= now) throw surveyError('surveys_already_closed');
      await tx.query('INSERT INTO surveys_keys (survey_id, secret) VALUES ($1, $2)', [
        id,
        randomBytes(32),
      ]);
    } else if (!openNow) {
      throw surveyError('surveys_not_draft');
    }
    const opensAt = openNow && new Date(row.opens_at) > now ? now : new Date(row.opens_at);
    // Opened now after its planned close: it stays open a day rather than closing at once.
    const closesAt =
      new Date(row.closes_at) > now
        ? new Date(row.closes_at)
        : new Date(now.getTime() + 86_400_000);
    await tx.query(
      `UPDATE surveys_surveys SET published_at = COALESCE(published_at, $2), opens_at = $3,
         closes_at = $4, updated_at = now() WHERE id = $1`,
      [id, now.toISOString(), opensAt.toISOString(), closesAt.toISOString()],
    );
    if (opensAt <= now) {
      await announceOpening(ctx, tx, { ...row, opens_at: opensAt, closes_at: closesAt }, now);
    }
    return true;
  });
}

/**
 * Closes a survey (staff's "close now", or its time came). From here on nothing links a
 * ballot to a device: the secret and the list of who voted are deleted, unconfirmed votes
 * with them, and the counts and own words are rewritten in this one transaction, the words
 * in random order, so neither row versions nor their order tell which vote came when.
 */
export async function closeSurvey(
  ctx: ModuleServerContext<SurveysConfig>,
  id: string,
  now: Date,
): Promise<'closed' | 'was-closed' | 'unknown'> {
  const result = await ctx.db.transaction(async (tx) => {
    const row = await readSurveyRow(tx, id, 'FOR UPDATE');
    if (!row) return 'unknown' as const;
    if (row.closed_at) return 'was-closed' as const;
    await tx.query(
      `UPDATE surveys_surveys SET closed_at = $2, updated_at = now(),
         closes_at = CASE WHEN closes_at > $2::timestamptz AND opens_at < $2::timestamptz
                          THEN $2::timestamptz ELSE closes_at END
       WHERE id = $1`,
      [id, now.toISOString()],
    );
    await forgetVoters(tx, id);
    return 'closed' as const;
  });
  if (result === 'closed') await compactBallotTables(ctx);
  return result;
}

/**
 * Writes the ballot tables anew on disk, so the row versions the closing replaced are gone
 * from the table files too (the write-ahead log and backups keep them until they rotate).
 */
async function compactBallotTables(ctx: ModuleServerContext<SurveysConfig>): Promise<void> {
  try {
    await ctx.db.query(
      'VACUUM FULL surveys_keys, surveys_voters, surveys_pending_votes, surveys_tallies, surveys_free_texts',
    );
  } catch (error) {
    ctx.log.warn('Surveys: compacting the ballot tables after closing failed', {
      error: String(error),
    });
  }
}
