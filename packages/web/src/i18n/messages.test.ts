import { missingTranslations } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { notificationsAdminMessages } from '../admin/notifications/messages.js';
import { interestsMessages } from '../interests/messages.js';
import { adminMessages } from './admin-messages.js';
import { feedbackMessages } from './feedback-messages.js';
import { shellMessages } from './messages.js';

describe.each([
  ['shell', shellMessages],
  ['feedback page', feedbackMessages],
  ['staff area', adminMessages],
  ['interests section', interestsMessages],
  ['notifications screen', notificationsAdminMessages],
])('the %s catalogue', (_name, catalogue) => {
  it('translates every key into both languages', () => {
    expect(missingTranslations(catalogue)).toEqual({ de: [], en: [] });
  });

  it('has no empty text and keeps placeholders in both languages', () => {
    for (const [key, de] of Object.entries(catalogue.de)) {
      const en = (catalogue.en as Record<string, string>)[key] ?? '';
      expect(de.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(en), key).toEqual(placeholders(de));
    }
  });
});

it('page catalogues do not redefine shell keys with other words', () => {
  for (const catalogue of [
    feedbackMessages,
    adminMessages,
    interestsMessages,
    notificationsAdminMessages,
  ]) {
    for (const [key, text] of Object.entries(catalogue.de)) {
      const shell = (shellMessages.de as Record<string, string>)[key];
      if (shell !== undefined) expect(text, key).toBe(shell);
    }
  }
});
