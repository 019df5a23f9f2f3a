import type { Queryable } from '@city-app/server';
import type { SurveyResults } from '../../api/survey.js';
import type { Question } from '../../api/survey-input.js';

/**
 * What the votes came to, every option with its count (0 where none chose it). Staff also get
 * residents' own words, sorted by text, so the order says nothing about when they came.
 */
export async function readResults(
  db: Queryable,
  survey: { id: string; ballots: number; questions: Question[] },
  withFreeTexts: boolean,
): Promise<SurveyResults> {
  const { rows } = await db.query<{ question_id: string; option_id: string; votes: number }>(
    'SELECT question_id, option_id, votes FROM surveys_tallies WHERE survey_id = $1',
    [survey.id],
  );
  const votes = new Map(rows.map((r) => [`${r.question_id} ${r.option_id}`, r.votes]));
  const texts = new Map<string, string[]>();
  if (withFreeTexts) {
    const { rows: words } = await db.query<{ question_id: string; body: string }>(
      `SELECT question_id, body FROM surveys_free_texts WHERE survey_id = $1
        ORDER BY question_id, body`,
      [survey.id],
    );
    for (const w of words) texts.set(w.question_id, [...(texts.get(w.question_id) ?? []), w.body]);
  }
  return {
    ballots: survey.ballots,
    questions: survey.questions.map((q) => ({
      id: q.id,
      options: q.options.map((o) => ({ id: o.id, votes: votes.get(`${q.id} ${o.id}`) ?? 0 })),
      ...(withFreeTexts && q.freeText ? { freeTexts: texts.get(q.id) ?? [] } : {}),
    })),
  };
}
