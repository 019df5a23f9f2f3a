import { cityError } from '@city-app/core';
import { readSetting } from '../../settings/settings.js';
import { DEFAULT_FEEDBACK_RETENTION_DAYS, MAX_FEEDBACK_RETENTION_DAYS } from './retention.js';

/** CITY_APP_FEEDBACK_RETENTION_DAYS, checked at start: a typo must not keep data for ever. */
export function feedbackRetentionDays(env: Record<string, string | undefined>): number {
  const raw = readSetting(env, 'CITY_APP_FEEDBACK_RETENTION_DAYS');
  if (raw === undefined) return DEFAULT_FEEDBACK_RETENTION_DAYS;
  const days = Number(raw);
  if (Number.isInteger(days) && days >= 1 && days <= MAX_FEEDBACK_RETENTION_DAYS) return days;
  throw cityError(
    'invalid_retention_setting',
    { value: raw, max: MAX_FEEDBACK_RETENTION_DAYS, default: DEFAULT_FEEDBACK_RETENTION_DAYS },
    { field: 'CITY_APP_FEEDBACK_RETENTION_DAYS' },
  );
}
