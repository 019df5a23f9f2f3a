import { createTranslator, type Locale } from '@city-app/core';
import type { ModuleServerContext, Queryable } from '@city-app/server';
import type { Localized } from '../../api/texts.js';
import type { SurveysConfig } from '../../config.js';
import { mailMessages } from '../../messages/mail.js';
import { meta } from '../../meta.js';

/** The page that confirms: the token rides in the fragment, which no server logs. */
export const confirmPagePath = `${meta.path}/bestaetigen`;

/** The town's address for links in mail: CITY_APP_PUBLIC_URL, else where the request came. */
export function linkOrigin(ctx: ModuleServerContext<SurveysConfig>, requestUrl: string): string {
  const configured = (ctx.env ?? process.env).CITY_APP_PUBLIC_URL?.trim();
  return (configured || new URL(requestUrl).origin).replace(/\/$/, '');
}

/**
 * Queues the link that makes a binding vote count, in the voter's language, in `tx`: the
 * mail goes out exactly when the vote is stored. The mail names the survey, not the answers.
 */
export async function mailConfirmation(
  ctx: ModuleServerContext<SurveysConfig>,
  tx: Queryable,
  vote: { to: string; language: Locale; title: Localized; link: string; hours: number },
): Promise<void> {
  const t = createTranslator(vote.language, mailMessages);
  const params = {
    title: vote.title[vote.language],
    app: ctx.city.branding.appName,
    link: vote.link,
    hours: vote.hours,
  };
  await ctx.mail?.enqueue(tx, {
    to: vote.to,
    subject: t('surveys.mail.confirm.subject', params),
    text: t('surveys.mail.confirm.body', params),
  });
}
