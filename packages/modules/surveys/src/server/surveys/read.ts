import type { Queryable } from '@city-app/server';
import type { PublicSurvey, SurveySummary } from '../../api/survey.js';
import type { StaffSurvey } from '../../api/survey-input.js';
import { readResults } from './results.js';
import { readSurveyRow, SURVEY_COLUMNS, type SurveyRow, stateOf, toStaffSurvey } from './row.js';

const summary = (row: SurveyRow, now: Date): SurveySummary => ({
  id: row.id,
  title: row.title,
  state: stateOf(row, now) as SurveySummary['state'],
  opensAt: new Date(row.opens_at).toISOString(),
  closesAt: new Date(row.closes_at).toISOString(),
  binding: row.binding,
  results: row.results,
});

/** What residents see: open surveys first (closing soonest), then coming ones, then the closed. */
export async function listPublicSurveys(db: Queryable, now: Date): Promise<SurveySummary[]> {
  const { rows } = await db.query<SurveyRow>(
    `SELECT ${SURVEY_COLUMNS} FROM surveys_surveys WHERE published_at IS NOT NULL
      ORDER BY closes_at DESC LIMIT 200`,
  );
  const order = { open: 0, upcoming: 1, closed: 2 } as const;
  return rows
    .map((row) => summary(row, now))
    .sort((a, b) =>
      a.state !== b.state
        ? order[a.state] - order[b.state]
        : a.state === 'closed'
          ? b.closesAt.localeCompare(a.closesAt)
          : a.closesAt.localeCompare(b.closesAt),
    );
}

/** One published survey; its results once the town shows them (live, or after closing). */
export async function readPublicSurvey(
  db: Queryable,
  id: string,
  now: Date,
): Promise<PublicSurvey | undefined> {
  const row = await readSurveyRow(db, id);
  if (!row?.published_at) return undefined;
  const state = stateOf(row, now);
  const shown = state === 'closed' || (row.results === 'live' && state === 'open');
  const { rows: comments } = await db.query<{
    id: string;
    body: string;
    written_at: Date | string;
  }>(
    `SELECT id, body, written_at FROM surveys_comments
      WHERE survey_id = $1 AND status = 'published' ORDER BY written_at LIMIT 500`,
    [id],
  );
  return {
    ...summary(row, now),
    intro: row.intro,
    comments: row.comments,
    questions: row.questions,
    tally: shown ? await readResults(db, row, false) : null,
    publishedComments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      at: new Date(c.written_at).toISOString(),
    })),
  };
}

const pendingCounts = async (db: Queryable) => {
  const { rows } = await db.query<{ survey_id: string; n: number }>(
    `SELECT survey_id, count(*)::int AS n FROM surveys_comments WHERE status = 'pending'
      GROUP BY survey_id`,
  );
  return new Map(rows.map((r) => [r.survey_id, r.n]));
};

/** Every survey for staff, the newest first. */
export async function listStaffSurveys(db: Queryable, now: Date): Promise<StaffSurvey[]> {
  const { rows } = await db.query<SurveyRow>(
    `SELECT ${SURVEY_COLUMNS} FROM surveys_surveys ORDER BY created_at DESC LIMIT 500`,
  );
  const pending = await pendingCounts(db);
  return rows.map((row) => toStaffSurvey(row, now, pending.get(row.id) ?? 0));
}

export async function readStaffSurvey(
  db: Queryable,
  id: string,
  now: Date,
): Promise<StaffSurvey | undefined> {
  const row = await readSurveyRow(db, id);
  if (!row) return undefined;
  return toStaffSurvey(row, now, (await pendingCounts(db)).get(id) ?? 0);
}
