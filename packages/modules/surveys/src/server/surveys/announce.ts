import { createTranslator, formatLocalDate, localDateOf } from '@city-app/core';
import type { ModuleServerContext, Queryable } from '@city-app/server';
import type { SurveysConfig } from '../../config.js';
import { pushMessages } from '../../messages/push.js';
import { meta } from '../../meta.js';
import { PARTICIPATION_TOPIC } from '../../topics.js';
import type { SurveyRow } from './row.js';

const de = createTranslator('de', pushMessages);
const en = createTranslator('en', pushMessages);

/**
 * Tells the followers of "Beteiligung" that a survey is open, once: the survey is marked
 * announced in the same transaction as the message enters notify's outbox.
 */
export async function announceOpening(
  ctx: ModuleServerContext<SurveysConfig>,
  tx: Queryable,
  row: SurveyRow,
  now: Date,
): Promise<boolean> {
  const { rows } = await tx.query(
    `UPDATE surveys_surveys SET announced_at = $2
      WHERE id = $1 AND announced_at IS NULL RETURNING id`,
    [row.id, now.toISOString()],
  );
  if (!rows.length || !ctx.notify) return rows.length > 0;
  const until = localDateOf(new Date(row.closes_at), ctx.city.timezone);
  await ctx.notify.send(tx, {
    topic: PARTICIPATION_TOPIC,
    title: {
      de: de('surveys.push.opened.title', { title: row.title.de }),
      en: en('surveys.push.opened.title', { title: row.title.en }),
    },
    body: {
      de: de('surveys.push.opened.body', { until: formatLocalDate(until, 'de') }),
      en: en('surveys.push.opened.body', { until: formatLocalDate(until, 'en') }),
    },
    url: `${meta.path}/${row.id}`,
    collapseKey: `surveys-${row.id}`,
    idempotencyKey: `surveys:${row.id}:opened`,
  });
  return true;
}
