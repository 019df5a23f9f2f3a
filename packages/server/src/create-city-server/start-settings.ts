import { cityError } from '@city-app/core';
import { type RequestSettings, requestSettingsFromEnv } from '../http/context.js';
import { feedbackRetentionDays } from '../kernel-routes/feedback/retention-setting.js';
import { type LimitRules, limitRulesFromEnv } from '../limits/index.js';
import { workerEnabled } from '../notifications/index.js';
import { readSetting, type SettingName } from '../settings/settings.js';
import { DEFAULT_MAX_BODY_BYTES } from './options.js';

/** A setting that must be a whole number, or undefined when it is not set. */
export function wholeNumberSetting(
  env: Record<string, string | undefined>,
  name: SettingName,
): number | undefined {
  const raw = readSetting(env, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw cityError('setting_not_whole_number', { setting: name, value: raw }, { field: name });
  }
  return value;
}

export interface StartSettings {
  maxBodyBytes: number;
  request: RequestSettings;
  limitRules: LimitRules;
  runNotifyWorker: boolean;
  feedbackRetentionDays: number;
}

/**
 * Every setting the start depends on, read before the database opens: a typo must not start
 * a process that never delivers or keeps data for ever.
 */
export function readStartSettings(
  env: Record<string, string | undefined>,
  given: { maxBodyBytes?: number },
): StartSettings {
  return {
    maxBodyBytes:
      given.maxBodyBytes ??
      wholeNumberSetting(env, 'CITY_APP_MAX_BODY_BYTES') ??
      DEFAULT_MAX_BODY_BYTES,
    request: requestSettingsFromEnv(env),
    limitRules: limitRulesFromEnv(env),
    runNotifyWorker: workerEnabled(env),
    feedbackRetentionDays: feedbackRetentionDays(env),
  };
}
