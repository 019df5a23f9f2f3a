import { CityAppError } from '@city-app/core';
import { readSetting } from '../../settings/settings.js';
import { DEFAULT_FEEDBACK_RETENTION_DAYS, MAX_FEEDBACK_RETENTION_DAYS } from './retention.js';

/** CITY_APP_FEEDBACK_RETENTION_DAYS, checked at start: a typo must not keep data for ever. */
export function feedbackRetentionDays(env: Record<string, string | undefined>): number {
  const raw = readSetting(env, 'CITY_APP_FEEDBACK_RETENTION_DAYS');
  if (raw === undefined) return DEFAULT_FEEDBACK_RETENTION_DAYS;
  const days = Number(raw);
  if (Number.isInteger(days) && days >= 1 && days <= MAX_FEEDBACK_RETENTION_DAYS) return days;
  throw new CityAppError({
    code: 'invalid_environment',
    title: 'Invalid CITY_APP_FEEDBACK_RETENTION_DAYS',
    message: `CITY_APP_FEEDBACK_RETENTION_DAYS must be a whole number of days from 1 to ${MAX_FEEDBACK_RETENTION_DAYS}, got "${raw}".`,
    hint: `Set it to a number such as ${DEFAULT_FEEDBACK_RETENTION_DAYS}, or unset it for ${DEFAULT_FEEDBACK_RETENTION_DAYS} days.`,
    field: 'CITY_APP_FEEDBACK_RETENTION_DAYS',
    status: 500,
  });
}
