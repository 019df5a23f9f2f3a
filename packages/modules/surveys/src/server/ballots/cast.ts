import { errors, type Locale } from '@city-app/core';
import type { ModuleServerContext, Queryable } from '@city-app/server';
import type { BallotInput, CastResult } from '../../api/ballot.js';
import type { SurveysConfig } from '../../config.js';
import { ballotError } from '../../errors/ballots.js';
import { readSurveyRow, type SurveyRow, stateOf } from '../surveys/row.js';
import { checkAnswers } from './answers.js';
import { confirmPagePath, mailConfirmation } from './mail.js';
import { countVote } from './tally.js';
import { CONFIRM_HOURS, newToken } from './token.js';
import { surveySecret, voterMark } from './voter.js';

export const surveyNotFound = () => errors.notFound({ de: 'Die Umfrage', en: 'The survey' });

export interface CastContext {
  now: Date;
  /** The town's address the link in a binding vote's mail starts with. */
  origin: string;
  language: Locale;
  /** A hash of the request's Idempotency-Key: a retry gets the first answer, not a refusal. */
  attempt?: string;
}

/** Whether a vote in this survey counts only once confirmed by mail. */
export const needsConfirmation = (config: SurveysConfig, row: Pick<SurveyRow, 'binding'>) =>
  row.binding || config.confirmByEmail === 'always';

/** The open survey a vote goes to, locked against closing while the vote is stored. */
export async function openSurveyFor(tx: Queryable, surveyId: string, now: Date) {
  const row = await readSurveyRow(tx, surveyId, 'FOR UPDATE');
  if (!row?.published_at) throw surveyNotFound();
  const state = stateOf(row, now);
  if (state === 'upcoming') {
    throw ballotError('surveys_not_open_yet', { opensAt: new Date(row.opens_at).toISOString() });
  }
  if (state === 'closed') throw ballotError('surveys_closed');
  return row;
}

/**
 * Takes one resident's vote. The device (and, in a binding poll, the e-mail address) is
 * recorded as having voted, as an HMAC under the survey's secret only; the answers are
 * counted at once, or in a binding poll kept aside until the mailed link confirms them.
 */
export async function castVote(
  ctx: ModuleServerContext<SurveysConfig>,
  surveyId: string,
  input: BallotInput,
  at: CastContext,
): Promise<CastResult> {
  return ctx.db.transaction(async (tx) => {
    const row = await openSurveyFor(tx, surveyId, at.now);
    const answers = checkAnswers(row.questions, input.answers);
    const binding = needsConfirmation(ctx.config, row);
    const email = input.email?.trim();
    if (binding && !email) throw ballotError('surveys_email_missing', {}, { field: 'email' });
    const secret = await surveySecret(tx, surveyId);
    if (!secret) throw ballotError('surveys_closed');
    const device = voterMark(secret, 'installation', input.installationId);

    if (at.attempt) {
      const earlier = await retried(tx, surveyId, device, at.attempt);
      if (earlier !== undefined) {
        return earlier && email
          ? { status: 'confirm', email, expiresAt: earlier }
          : { status: 'counted' };
      }
    }
    if (!(await markVoted(tx, surveyId, device, at.attempt))) {
      throw ballotError('surveys_already_voted', {}, { field: 'installationId' });
    }
    if (!binding || !email) {
      await countVote(tx, surveyId, answers);
      return { status: 'counted' };
    }
    const person = voterMark(secret, 'email', email);
    if (!(await markVoted(tx, surveyId, person))) {
      throw ballotError('surveys_email_used', {}, { field: 'email' });
    }
    const expiresAt = new Date(
      Math.min(at.now.getTime() + CONFIRM_HOURS * 3_600_000, new Date(row.closes_at).getTime()),
    );
    const { token, hash } = newToken();
    await tx.query(
      `INSERT INTO surveys_pending_votes (token_hash, survey_id, voters, answers, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [hash, surveyId, [device, person], JSON.stringify(answers), expiresAt.toISOString()],
    );
    await mailConfirmation(ctx, tx, {
      to: email,
      language: at.language,
      title: row.title,
      link: `${at.origin}${confirmPagePath}#${token}`,
      hours: Math.max(1, Math.round((expiresAt.getTime() - at.now.getTime()) / 3_600_000)),
    });
    return { status: 'confirm', email, expiresAt: expiresAt.toISOString() };
  });
}

async function markVoted(
  tx: Queryable,
  surveyId: string,
  voter: string,
  attempt?: string,
): Promise<boolean> {
  const { rows } = await tx.query(
    `INSERT INTO surveys_voters (survey_id, voter, attempt) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING voter`,
    [surveyId, voter, attempt ?? null],
  );
  return rows.length > 0;
}

/**
 * The same attempt again (its answer was lost): the expiry of its link if it waits for
 * confirmation, `''` if it counted; undefined when this device's vote was another attempt.
 */
async function retried(
  tx: Queryable,
  surveyId: string,
  device: string,
  attempt: string,
): Promise<string | undefined> {
  const { rows } = await tx.query<{ expires_at: Date | string | null }>(
    `SELECT p.expires_at FROM surveys_voters v
       LEFT JOIN surveys_pending_votes p ON p.survey_id = v.survey_id AND v.voter = ANY (p.voters)
      WHERE v.survey_id = $1 AND v.voter = $2 AND v.attempt = $3`,
    [surveyId, device, attempt],
  );
  if (!rows[0]) return undefined;
  return rows[0].expires_at ? new Date(rows[0].expires_at).toISOString() : '';
}
