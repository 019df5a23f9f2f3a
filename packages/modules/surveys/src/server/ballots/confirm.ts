import type { Database } from '@city-app/server';
import type { ConfirmResult } from '../../api/ballot.js';
import { ballotError } from '../../errors/ballots.js';
import type { CheckedAnswer } from './answers.js';
import { openSurveyFor } from './cast.js';
import { countVote } from './tally.js';
import { tokenHash } from './token.js';

/**
 * The voter followed the mailed link: the vote waiting aside is counted and forgotten, so
 * nothing keeps the link between the mail and the answers. The link works once.
 */
export async function confirmVote(db: Database, token: string, now: Date): Promise<ConfirmResult> {
  const hash = tokenHash(token);
  const unknown = () => ballotError('surveys_link_unknown', {}, { field: 'token' });
  const { rows: found } = await db.query<{ survey_id: string }>(
    'SELECT survey_id FROM surveys_pending_votes WHERE token_hash = $1',
    [hash],
  );
  if (!found[0]) throw unknown();
  const surveyId = found[0].survey_id;
  return db.transaction(async (tx) => {
    // The survey first, as closing takes it: the two never wait for each other.
    const survey = await openSurveyFor(tx, surveyId, now);
    const { rows } = await tx.query<{ answers: CheckedAnswer[]; expires_at: Date | string }>(
      'SELECT answers, expires_at FROM surveys_pending_votes WHERE token_hash = $1 FOR UPDATE',
      [hash],
    );
    const vote = rows[0];
    if (!vote) throw unknown();
    if (new Date(vote.expires_at) <= now) {
      throw ballotError('surveys_link_expired', {}, { field: 'token' });
    }
    await countVote(tx, surveyId, vote.answers);
    await tx.query('DELETE FROM surveys_pending_votes WHERE token_hash = $1', [hash]);
    return { surveyId, title: survey.title };
  });
}
