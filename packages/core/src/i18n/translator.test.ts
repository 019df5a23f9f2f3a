import { describe, expect, it } from 'vitest';
import { localize } from './locale.js';
import { createTranslator, missingTranslations } from './translator.js';

const shell = {
  de: { hello: 'Hallo {name}', only_de: 'Nur deutsch' },
  en: { hello: 'Hello {name}' },
};

describe('translator', () => {
  it('fills placeholders and falls back to German, then to the key', () => {
    const t = createTranslator('en', shell);
    expect(t('hello', { name: 'Hagenow' })).toBe('Hello Hagenow');
    expect(t('only_de')).toBe('Nur deutsch');
    expect(t('nope')).toBe('nope');
    expect(t('hello', {})).toBe('Hello {name}');
  });

  it('lets later catalogues add keys', () => {
    const t = createTranslator('de', shell, {
      de: { 'news.title': 'Aktuelles' },
      en: { 'news.title': 'News' },
    });
    expect(t('news.title')).toBe('Aktuelles');
  });

  it('lists untranslated keys', () => {
    expect(missingTranslations(shell)).toEqual({ de: [], en: ['only_de'] });
  });

  it('localizes texts with English falling back to German', () => {
    expect(localize({ de: 'Rathaus' }, 'en')).toBe('Rathaus');
    expect(localize({ de: 'Rathaus', en: 'Town hall' }, 'en')).toBe('Town hall');
  });
});
