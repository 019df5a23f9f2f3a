import type { ModuleServerContext, ScheduledJob } from '@city-app/server';
import type { SurveysConfig } from '../../config.js';
import { announceOpening } from './announce.js';
import { closeSurvey } from './lifecycle.js';
import { readSurveyRow, stateOf } from './row.js';

/**
 * Surveys whose time came: those that opened are announced to "Beteiligung", those that
 * ended are closed (and so anonymised). Once per due time across processes; both steps do
 * nothing the second time.
 */
export async function surveyClock(
  ctx: ModuleServerContext<SurveysConfig>,
  now: Date,
): Promise<{ announced: number; closed: number }> {
  const at = now.toISOString();
  const { rows: due } = await ctx.db.query<{ id: string }>(
    `SELECT id FROM surveys_surveys
      WHERE published_at IS NOT NULL AND closed_at IS NULL AND announced_at IS NULL
        AND opens_at <= $1 AND closes_at > $1`,
    [at],
  );
  let announced = 0;
  for (const { id } of due) {
    const sent = await ctx.db.transaction(async (tx) => {
      const row = await readSurveyRow(tx, id, 'FOR UPDATE');
      return row && stateOf(row, now) === 'open' ? announceOpening(ctx, tx, row, now) : false;
    });
    if (sent) announced++;
  }
  const { rows: ended } = await ctx.db.query<{ id: string }>(
    `SELECT id FROM surveys_surveys
      WHERE published_at IS NOT NULL AND closed_at IS NULL AND closes_at <= $1`,
    [at],
  );
  let closed = 0;
  for (const { id } of ended) {
    if ((await closeSurvey(ctx, id, now)) === 'closed') closed++;
  }
  return { announced, closed };
}

export const surveyClockJob: ScheduledJob<SurveysConfig> = {
  name: 'open-and-close',
  title: {
    de: 'Umfragen öffnen und schließen',
    en: 'Open and close surveys',
  },
  every: '1 minute',
  run: (ctx, { dueAt }) => surveyClock(ctx, new Date(Math.max(dueAt.getTime(), Date.now()))),
};
