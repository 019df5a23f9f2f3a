import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './negotiate.js';

describe('localeFromAcceptLanguage', () => {
  it('picks the supported language with the highest weight', () => {
    expect(localeFromAcceptLanguage('en')).toBe('en');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,de;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('fr-FR,de;q=0.5,en;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE')).toBe('de');
    expect(localeFromAcceptLanguage('en;q=0, fr')).toBe('de');
  });

  it('falls back to German for nothing or garbage', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 200 })), (header) => {
        expect(['de', 'en']).toContain(localeFromAcceptLanguage(header));
      }),
    );
    expect(localeFromAcceptLanguage(undefined)).toBe('de');
    expect(localeFromAcceptLanguage(';;;,,,q=2')).toBe('de');
  });
});
