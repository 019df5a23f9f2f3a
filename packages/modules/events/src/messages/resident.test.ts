import { missingTranslations } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { residentMessages } from './resident.js';

describe('the residents’ messages', () => {
  it('say everything in German and English, under the module’s prefix', () => {
    expect(missingTranslations(residentMessages)).toEqual({ de: [], en: [] });
    for (const catalogue of [residentMessages.de, residentMessages.en]) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(key).toMatch(/^events\./);
        expect(text.trim()).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, german] of Object.entries(residentMessages.de)) {
      const english = residentMessages.en[key as keyof typeof residentMessages.en];
      expect(placeholders(english), key).toEqual(placeholders(german));
    }
  });
});
