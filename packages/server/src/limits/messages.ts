import { cityError, type ErrorId } from '@city-app/core';
import type { Context } from 'hono';
import { requestLocale } from '../http/request-locale.js';
import type { LimitRule, LimitRuleId } from './rules.js';

/** Each limit's entry of the error catalogue; its code names the limit, so clients can tell them apart. */
const REFUSALS = {
  feedbackPerAddress: 'limit_feedback_per_address',
  bookingsPerEmail: 'limit_bookings_per_email',
  bookingsPerAddress: 'limit_bookings_per_address',
  submissionsPerEmail: 'limit_submissions_per_email',
  submissionsPerAddress: 'limit_submissions_per_address',
  installationsPerAddress: 'limit_installations_per_address',
  mailsPerRecipient: 'limit_mails_per_recipient',
} as const satisfies Record<LimitRuleId, ErrorId>;

/** The field a refusal names: the e-mail the resident typed; none for their IP address. */
const FIELDS: Partial<Record<LimitRule['per'], string>> = { email: 'email', recipient: 'email' };

/**
 * The 429 answer to a request a limit refused, in the request's language, with Retry-After:
 * what was limited, and for how long.
 */
export function limitRefusal(c: Context, rule: LimitRule, retryAfter: number): Response {
  const field = FIELDS[rule.per];
  const error = cityError(
    REFUSALS[rule.id as LimitRuleId],
    { max: rule.max, minutes: Math.ceil(retryAfter / 60) },
    field ? { field } : {},
  );
  c.header('Cache-Control', 'no-store');
  return c.json(error.toJSON(requestLocale(c.req.header('accept-language'))), 429, {
    'Retry-After': String(retryAfter),
  });
}
