import type { Queryable } from '@city-app/server';
import type { CheckedAnswer } from './answers.js';

/**
 * Counts one vote: a counter per chosen option, a row (no id, no time) per own words, and
 * the survey's number of votes. Nothing here says who voted.
 */
export async function countVote(
  tx: Queryable,
  surveyId: string,
  answers: CheckedAnswer[],
): Promise<void> {
  const choices = answers.flatMap((a) => a.choices.map((option) => [a.question, option]));
  if (choices.length) {
    await tx.query(
      `INSERT INTO surveys_tallies (survey_id, question_id, option_id, votes)
       SELECT $1, q, o, 1 FROM unnest($2::text[], $3::text[]) AS c(q, o)
       ON CONFLICT (survey_id, question_id, option_id)
       DO UPDATE SET votes = surveys_tallies.votes + 1`,
      [surveyId, choices.map((c) => c[0]), choices.map((c) => c[1])],
    );
  }
  const texts = answers.filter((a) => a.text);
  if (texts.length) {
    await tx.query(
      `INSERT INTO surveys_free_texts (survey_id, question_id, body)
       SELECT $1, q, b FROM unnest($2::text[], $3::text[]) AS t(q, b)`,
      [surveyId, texts.map((a) => a.question), texts.map((a) => a.text)],
    );
  }
  await tx.query('UPDATE surveys_surveys SET ballots = ballots + 1 WHERE id = $1', [surveyId]);
}
