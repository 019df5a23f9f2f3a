import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '@city-app/server';
import type { Question, ValidSurveyInput } from '../../api/survey-input.js';
import { surveyError } from '../../errors/surveys.js';
import { readSurveyRow } from './row.js';

/** Short random ids for questions and options: a ballot names them, nothing else. */
const shortId = () => randomBytes(6).toString('base64url');

function questionsOf(input: ValidSurveyInput): Question[] {
  return input.questions.map((q) => ({
    id: shortId(),
    kind: q.kind,
    text: q.text,
    freeText: q.freeText,
    options: q.options.map((o) => ({ id: shortId(), text: o.text })),
  }));
}

const values = (input: ValidSurveyInput) => [
  JSON.stringify(input.title),
  JSON.stringify(input.intro),
  JSON.stringify(questionsOf(input)),
  input.opensAt,
  input.closesAt,
  input.results,
  input.binding,
  input.comments,
];

/**
 * A new draft. A retry with the same Idempotency-Key (a lost answer) finds the first one
 * instead of making a second.
 */
export async function createSurvey(
  db: Database,
  input: ValidSurveyInput,
  idempotencyKey: string | undefined,
): Promise<string> {
  const hash = idempotencyKey
    ? createHash('sha256').update(`surveys:${idempotencyKey}`).digest('hex')
    : null;
  return db.transaction(async (tx) => {
    if (hash) {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [hash]);
      const { rows } = await tx.query<{ id: string }>(
        'SELECT id FROM surveys_surveys WHERE idempotency_hash = $1',
        [hash],
      );
      if (rows[0]) return rows[0].id;
    }
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO surveys_surveys (title, intro, questions, opens_at, closes_at, results, binding,
         comments, idempotency_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [...values(input), hash],
    );
    return (rows[0] as { id: string }).id;
  });
}

/**
 * Replaces a survey's texts, dates and questions, as long as nobody voted and it has not
 * closed: a ballot counted against other questions would mean something else.
 */
export async function updateSurvey(
  tx: Queryable,
  id: string,
  input: ValidSurveyInput,
): Promise<boolean> {
  const row = await readSurveyRow(tx, id, 'FOR UPDATE');
  if (!row) return false;
  const { rows } = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM surveys_pending_votes WHERE survey_id = $1',
    [id],
  );
  if (row.closed_at || row.ballots > 0 || (rows[0]?.n ?? 0) > 0)
    throw surveyError('surveys_locked');
  await tx.query(
    `UPDATE surveys_surveys SET title = $2, intro = $3, questions = $4, opens_at = $5,
       closes_at = $6, results = $7, binding = $8, comments = $9, updated_at = now()
     WHERE id = $1`,
    [id, ...values(input)],
  );
  return true;
}

/** Deletes a draft; a published survey stays (its results are the town's record). */
export async function deleteDraft(tx: Queryable, id: string): Promise<boolean> {
  const row = await readSurveyRow(tx, id, 'FOR UPDATE');
  if (!row) return false;
  if (row.published_at) throw surveyError('surveys_not_draft');
  await tx.query('DELETE FROM surveys_surveys WHERE id = $1', [id]);
  return true;
}
