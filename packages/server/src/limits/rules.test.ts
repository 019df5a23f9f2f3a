import { describe, expect, it } from 'vitest';
import { LIMIT_DEFAULTS, limitRulesFromEnv } from './rules.js';

describe('limitRulesFromEnv', () => {
  it('uses the defaults, and a setting changes only its own limit', () => {
    const rules = limitRulesFromEnv({ CITY_APP_LIMIT_BOOKINGS_PER_EMAIL_PER_DAY: '3' });
    expect(rules.bookingsPerEmail).toMatchObject({ kind: 'bookings', per: 'email', max: 3 });
    expect(rules.bookingsPerAddress.max).toBe(LIMIT_DEFAULTS.bookingsPerAddress.max);
    expect(rules.feedbackPerAddress).toMatchObject({ max: 10, windowSeconds: 3600 });
    expect(rules.mailsPerRecipient).toMatchObject({ per: 'recipient', max: 10 });
  });

  it('takes 0 as "off", and an empty value as unset', () => {
    const rules = limitRulesFromEnv({
      CITY_APP_LIMIT_FEEDBACK_PER_HOUR: '0',
      CITY_APP_LIMIT_INSTALLATIONS_PER_HOUR: '',
    });
    expect(rules.feedbackPerAddress.max).toBe(0);
    expect(rules.installationsPerAddress.max).toBe(LIMIT_DEFAULTS.installationsPerAddress.max);
  });

  it.each(['-1', '2.5', 'zehn', '10/h', '99999999'])('refuses %j, naming the setting', (raw) => {
    expect(() => limitRulesFromEnv({ CITY_APP_LIMIT_FEEDBACK_PER_HOUR: raw })).toThrow(
      expect.objectContaining({
        field: 'CITY_APP_LIMIT_FEEDBACK_PER_HOUR',
        code: 'invalid_environment',
      }),
    );
  });
});
