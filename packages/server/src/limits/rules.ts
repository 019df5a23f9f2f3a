import { cityError } from '@city-app/core';
import { readSetting, type SettingName } from '../settings/settings.js';

/**
 * Whose events a rule counts: a client's IP address, a resident's e-mail, a mail recipient, or
 * a device's anonymous installation id (a module's own limit, counted with `admit`).
 */
export type LimitSubject = 'address' | 'email' | 'recipient' | 'installation';

/** One limit: at most `max` events of `kind` per subject within `windowSeconds`; 0 switches it off. */
export interface LimitRule {
  /** Stable id; names its refusal in the error catalogue. */
  id: string;
  kind: string;
  per: LimitSubject;
  max: number;
  windowSeconds: number;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * The town's limits on what strangers can trigger, each with its setting and default. The
 * defaults leave room for a school class or a library behind one address; the per-e-mail
 * and per-recipient ones are tight, because one person books a few things a day, not dozens.
 * Bookings and course places count together: both are places someone holds. Submissions are
 * what organisers without an account hand in for staff to check (an event, for instance).
 */
export const LIMIT_DEFAULTS = {
  feedbackPerAddress: {
    kind: 'feedback',
    per: 'address',
    max: 10,
    windowSeconds: HOUR,
    setting: 'CITY_APP_LIMIT_FEEDBACK_PER_HOUR',
  },
  bookingsPerEmail: {
    kind: 'bookings',
    per: 'email',
    max: 10,
    windowSeconds: DAY,
    setting: 'CITY_APP_LIMIT_BOOKINGS_PER_EMAIL_PER_DAY',
  },
  bookingsPerAddress: {
    kind: 'bookings',
    per: 'address',
    max: 50,
    windowSeconds: DAY,
    setting: 'CITY_APP_LIMIT_BOOKINGS_PER_ADDRESS_PER_DAY',
  },
  submissionsPerEmail: {
    kind: 'submissions',
    per: 'email',
    max: 10,
    windowSeconds: DAY,
    setting: 'CITY_APP_LIMIT_SUBMISSIONS_PER_EMAIL_PER_DAY',
  },
  submissionsPerAddress: {
    kind: 'submissions',
    per: 'address',
    max: 30,
    windowSeconds: DAY,
    setting: 'CITY_APP_LIMIT_SUBMISSIONS_PER_ADDRESS_PER_DAY',
  },
  installationsPerAddress: {
    kind: 'installations',
    per: 'address',
    max: 30,
    windowSeconds: HOUR,
    setting: 'CITY_APP_LIMIT_INSTALLATIONS_PER_HOUR',
  },
  mailsPerRecipient: {
    kind: 'mails',
    per: 'recipient',
    max: 10,
    windowSeconds: HOUR,
    setting: 'CITY_APP_LIMIT_MAILS_PER_RECIPIENT_PER_HOUR',
  },
} as const satisfies Record<
  string,
  Omit<LimitRule, 'id'> & { setting: SettingName; per: LimitSubject }
>;

export type LimitRuleId = keyof typeof LIMIT_DEFAULTS;
export type LimitRules = Record<LimitRuleId, LimitRule>;

/** Reads each limit's setting (a whole number; 0 switches that limit off). */
export function limitRulesFromEnv(env: Readonly<Record<string, string | undefined>>): LimitRules {
  const rules = {} as LimitRules;
  for (const [id, { setting, ...rule }] of Object.entries(LIMIT_DEFAULTS)) {
    const raw = readSetting(env as Record<string, string | undefined>, setting)?.trim();
    let max: number = rule.max;
    if (raw !== undefined) {
      max = Number(raw);
      if (!/^\d+$/.test(raw) || max > 1_000_000) {
        throw cityError(
          'invalid_limit_setting',
          { setting, value: raw, default: rule.max },
          { field: setting },
        );
      }
    }
    rules[id as LimitRuleId] = { id, ...rule, max };
  }
  return rules;
}
