import type { Queryable } from '@city-app/server';

/**
 * The closing step that cuts every tie between ballots and voters, in the caller's
 * transaction: the secret, who voted, and unconfirmed votes go; the counts get new row
 * versions all from this transaction; the own words are written anew in random order.
 */
export async function forgetVoters(tx: Queryable, surveyId: string): Promise<void> {
  await tx.query('DELETE FROM surveys_keys WHERE survey_id = $1', [surveyId]);
  await tx.query('DELETE FROM surveys_voters WHERE survey_id = $1', [surveyId]);
  await tx.query('DELETE FROM surveys_pending_votes WHERE survey_id = $1', [surveyId]);
  await tx.query('UPDATE surveys_tallies SET votes = votes WHERE survey_id = $1', [surveyId]);
  await tx.query(
    `WITH gone AS (DELETE FROM surveys_free_texts WHERE survey_id = $1 RETURNING question_id, body)
     INSERT INTO surveys_free_texts (survey_id, question_id, body)
     SELECT $1, question_id, body FROM gone ORDER BY random()`,
    [surveyId],
  );
}
