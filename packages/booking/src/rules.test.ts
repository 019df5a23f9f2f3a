import { describe, expect, it } from 'vitest';
import { bookingRulesSchema, DEFAULT_RULES, effectiveRules, partialRulesSchema } from './rules.js';

describe('booking rules', () => {
  it('overrides add no defaults of their own, so a group changes only what it names', () => {
    expect(partialRulesSchema.parse({})).toEqual({});
    const school = partialRulesSchema.parse({ maxDurationMinutes: 480 });
    const rules = effectiveRules({ granularityMinutes: 60 }, { school }, 'school');
    expect(rules).toEqual({ ...DEFAULT_RULES, granularityMinutes: 60, maxDurationMinutes: 480 });
  });

  it('holds an override to the same bounds as the full rules, field by field', () => {
    const tooSmall = { granularityMinutes: 4, maxHorizonDays: 0, waitlistOfferMinutes: 0 };
    const tooLarge = { minDurationMinutes: 10081, bufferBeforeMinutes: 1441, maxHorizonDays: 731 };
    for (const [field, value] of Object.entries({ ...tooSmall, ...tooLarge })) {
      expect(bookingRulesSchema.safeParse({ [field]: value }).success, field).toBe(false);
      expect(partialRulesSchema.safeParse({ [field]: value }).success, field).toBe(false);
    }
    for (const field of Object.keys(bookingRulesSchema.shape)) {
      const value = DEFAULT_RULES[field as keyof typeof DEFAULT_RULES];
      expect(partialRulesSchema.safeParse({ [field]: value }).success, field).toBe(true);
    }
    expect(partialRulesSchema.safeParse({ quotas: [{ period: 'day' }] }).success).toBe(false);
    expect(partialRulesSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });
});
