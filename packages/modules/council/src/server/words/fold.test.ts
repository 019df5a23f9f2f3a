import { describe, expect, it } from 'vitest';
import { fold, foundIn, tidyWord } from './fold.js';

const matches = (word: string, text: string) => {
  const tidy = tidyWord(word);
  if (!tidy) throw new Error(`not a word: ${word}`);
  return foundIn(tidy.folded, fold(text));
};

describe('how a followed word meets a meeting’s text', () => {
  it('folds case, umlauts, ß, accents and punctuation alike on both sides', () => {
    expect(fold('Bebauungsplan Nr. 12 „Am Mühlenteich“')).toBe(
      'bebauungsplan nr 12 am muehlenteich',
    );
    expect(fold('STRAẞE, Café-Umbau')).toBe('strasse cafe umbau');
    expect(matches('Straße', 'Radweg an der Bahnhofstrasse')).toBe(false);
    expect(matches('Bahnhofstraße', 'Radweg an der BAHNHOFSTRASSE')).toBe(true);
    expect(matches('Muehlenteich', 'Am Mühlenteich')).toBe(true);
    expect(matches('Mühlenteich', 'Am Muehlenteich')).toBe(true);
  });

  it('matches where a word begins, and phrases word by word', () => {
    expect(matches('Schul', 'Sanierung der Schulhöfe')).toBe(true);
    expect(matches('schule', 'Sanierung der Grundschule am Markt')).toBe(false);
    expect(matches('Rat', 'Ortsbeirat Neudorf')).toBe(false);
    expect(matches('Neue Mitte', 'Neue-Mitte: Marktplatz')).toBe(true);
    expect(matches('Neue Mitte', 'Neue Straße in der Mitte')).toBe(false);
    expect(matches('0042/2026', 'Vorlage 0042/2026')).toBe(true);
  });

  it('keeps the word as typed, spaces tidied, and refuses what is no word', () => {
    expect(tidyWord('  Neue \t Mitte ')).toEqual({ word: 'Neue Mitte', folded: 'neue mitte' });
    expect(tidyWord('Kita')).toEqual({ word: 'Kita', folded: 'kita' });
    for (const bad of ['', 'ab', 'a b', '<script>', '-Rad', 'Rad%', 'x'.repeat(41), '...']) {
      expect(tidyWord(bad), bad).toBeNull();
    }
    expect(tidyWord('x'.repeat(40))).not.toBeNull();
  });
});
