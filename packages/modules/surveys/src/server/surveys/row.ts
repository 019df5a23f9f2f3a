import type { Queryable } from '@city-app/server';
import type { Question, StaffSurvey, SurveyState } from '../../api/survey-input.js';
import type { Localized } from '../../api/texts.js';

/** A survey as its table holds it. */
export interface SurveyRow {
  id: string;
  title: Localized;
  intro: Localized;
  questions: Question[];
  opens_at: Date | string;
  closes_at: Date | string;
  results: 'live' | 'after-close';
  binding: boolean;
  comments: boolean;
  ballots: number;
  published_at: Date | string | null;
  announced_at: Date | string | null;
  closed_at: Date | string | null;
}

export const SURVEY_COLUMNS = `id, title, intro, questions, opens_at, closes_at, results, binding,
  comments, ballots, published_at, announced_at, closed_at`;

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** Where a survey stands at `now`: a draft, published but not yet open, open, or closed. */
export function stateOf(row: SurveyRow, now: Date): SurveyState {
  if (!row.published_at) return 'draft';
  if (row.closed_at || new Date(row.closes_at) <= now) return 'closed';
  return new Date(row.opens_at) <= now ? 'open' : 'upcoming';
}

export async function readSurveyRow(
  db: Queryable,
  id: string,
  lock: '' | 'FOR UPDATE' = '',
): Promise<SurveyRow | undefined> {
  const { rows } = await db.query<SurveyRow>(
    `SELECT ${SURVEY_COLUMNS} FROM surveys_surveys WHERE id = $1 ${lock}`,
    [id],
  );
  return rows[0];
}

export function toStaffSurvey(row: SurveyRow, now: Date, pendingComments: number): StaffSurvey {
  const state = stateOf(row, now);
  return {
    id: row.id,
    title: row.title,
    intro: row.intro,
    questions: row.questions,
    opensAt: iso(row.opens_at),
    closesAt: iso(row.closes_at),
    results: row.results,
    binding: row.binding,
    comments: row.comments,
    state,
    ballots: row.ballots,
    pendingComments,
    locked: state === 'closed' || row.ballots > 0,
    publishedAt: isoOrNull(row.published_at),
    closedAt: isoOrNull(row.closed_at),
  };
}
