import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { missingTranslations } from '../i18n/translator.js';
import { validationMessage, validationMessages } from './messages.js';
import { localDate, plainText, timeOfDay } from './schemas.js';

function firstIssue(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  return result.error.issues[0] as z.core.$ZodIssue;
}

describe('validation messages', () => {
  it('are complete in both languages', () => {
    expect(missingTranslations(validationMessages)).toEqual({ de: [], en: [] });
  });

  it('word zod’s issues without the path and without zod’s English', () => {
    const password = z.object({ newPassword: z.string().min(12) });
    const issue = firstIssue(password, { newPassword: 'kurz' });
    expect(validationMessage(issue, 'de')).toBe('Bitte mindestens 12 Zeichen eingeben.');
    expect(validationMessage(issue, 'en')).toBe('Please enter at least 12 characters.');
    expect(validationMessage(firstIssue(password, {}), 'de')).toBe('Bitte ausfüllen.');
    expect(validationMessage(firstIssue(z.number().max(1440), 9999), 'de')).toBe(
      'Der Wert darf höchstens 1440 sein.',
    );
    expect(validationMessage(firstIssue(z.enum(['de', 'en']), 'fr'), 'en')).toBe(
      'Please choose one of: de, en.',
    );
  });

  it('word the core schemas’ refusals', () => {
    expect(validationMessage(firstIssue(localDate(), '2026-02-30'), 'de')).toMatch(
      /einen Tag angeben, den es gibt/,
    );
    expect(validationMessage(firstIssue(timeOfDay(), '25:61'), 'en')).toMatch(/HH:MM/);
    expect(validationMessage(firstIssue(plainText().max(3), 'a\u0000bcdef'), 'de')).toMatch(
      /Steuerzeichen/,
    );
  });

  it('give English readers a schema’s own wording and German readers German', () => {
    const issue = firstIssue(z.string().regex(/^[a-z]+$/, 'Use lower-case letters.'), 'A');
    expect(validationMessage(issue, 'en', 'Use lower-case letters.')).toBe(
      'Use lower-case letters.',
    );
    expect(validationMessage(issue, 'de', 'Use lower-case letters.')).toBe(
      'Dieser Wert hat nicht das erwartete Format.',
    );
  });
});
