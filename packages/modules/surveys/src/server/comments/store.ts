import type { Database, Queryable } from '@city-app/server';
import type { StaffComment } from '../../api/ballot.js';
import { surveyError } from '../../errors/surveys.js';
import { surveyNotFound } from '../ballots/cast.js';
import { readSurveyRow, stateOf } from '../surveys/row.js';

/**
 * A resident's comment on an open survey that takes comments. It waits for staff; nothing
 * about the device is kept with it, so a comment never points to a vote.
 */
export async function writeComment(db: Database, surveyId: string, body: string, now: Date) {
  const row = await readSurveyRow(db, surveyId);
  if (!row?.published_at) throw surveyNotFound();
  if (!row.comments || stateOf(row, now) !== 'open') throw surveyError('surveys_comments_off');
  await db.query('INSERT INTO surveys_comments (survey_id, body) VALUES ($1, $2)', [
    surveyId,
    body,
  ]);
}

export async function listComments(db: Queryable, surveyId: string): Promise<StaffComment[]> {
  const { rows } = await db.query<{
    id: string;
    body: string;
    status: StaffComment['status'];
    written_at: Date | string;
  }>(
    `SELECT id, body, status, written_at FROM surveys_comments WHERE survey_id = $1
      ORDER BY status = 'pending' DESC, written_at`,
    [surveyId],
  );
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    status: r.status,
    at: new Date(r.written_at).toISOString(),
  }));
}

/** Staff publish or reject a waiting comment, once; a second decision is refused. */
export async function decideComment(
  db: Queryable,
  id: string,
  status: 'published' | 'rejected',
): Promise<boolean> {
  const { rows } = await db.query<{ status: string }>(
    `WITH c AS (SELECT id, status FROM surveys_comments WHERE id = $1),
          d AS (UPDATE surveys_comments SET status = $2, decided_at = now()
                 WHERE id = $1 AND status = 'pending' RETURNING id)
     SELECT c.status, (SELECT count(*) FROM d)::int AS done FROM c`,
    [id, status],
  );
  const found = rows[0] as { status: string; done: number } | undefined;
  if (!found) return false;
  if (!found.done) throw surveyError('surveys_comment_decided');
  return true;
}
