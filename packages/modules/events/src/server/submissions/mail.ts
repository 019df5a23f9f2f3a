import { createTranslator, formatLocalDate } from '@city-app/core';
import type { ModuleServerContext, Queryable } from '@city-app/server';
import type { EventsConfig } from '../../config.js';
import { submissionMailMessages } from '../../messages/submission-mail.js';

const de = createTranslator('de', submissionMailMessages);
const en = createTranslator('en', submissionMailMessages);

export type SubmissionMailKind = 'confirm' | 'approved' | 'rejected';

/** Both languages in one mail, German first, as the town's other mail reads. */
export function composeSubmissionMail(
  kind: SubmissionMailKind,
  params: Record<string, string>,
  when?: string,
): { subject: string; text: string } {
  const key = `events.submissionMail.${kind}`;
  const deParams = when ? { ...params, when: formatLocalDate(when, 'de') } : params;
  const enParams = when ? { ...params, when: formatLocalDate(when, 'en') } : params;
  return {
    subject: `${de(`${key}.subject`, deParams)} / ${en(`${key}.subject`, enParams)}`,
    text: `${de(`${key}.body`, deParams)}\n\n— English —\n\n${en(`${key}.body`, enParams)}\n`,
  };
}

/** The town's address for links in mail: CITY_APP_PUBLIC_URL, else where the request came. */
export function publicOrigin(ctx: ModuleServerContext<EventsConfig>, requestUrl: string): string {
  const configured = (ctx.env ?? process.env).CITY_APP_PUBLIC_URL?.trim();
  return (configured || new URL(requestUrl).origin).replace(/\/$/, '');
}

/** Queues one of the organiser's mails in `tx`; without a mail host (an import tool) none. */
export async function mailOrganiser(
  ctx: ModuleServerContext<EventsConfig>,
  tx: Queryable,
  to: string,
  mail: { subject: string; text: string },
): Promise<void> {
  await ctx.mail?.enqueue(tx, { to, subject: mail.subject, text: mail.text });
}
