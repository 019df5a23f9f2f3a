import { SLUG_PATTERN } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { baseSlug, uniqueSlug } from './slug.js';

describe('baseSlug', () => {
  it('derives the address from the title with German transliteration', () => {
    expect(baseSlug('Baustelle in der Lange Straße: Vollsperrung!')).toBe(
      'baustelle-in-der-lange-strasse-vollsperrung',
    );
    expect(baseSlug('Öffnungszeiten über Ostern')).toBe('oeffnungszeiten-ueber-ostern');
  });

  it('falls back to a word when the title has no letters or digits', () => {
    expect(baseSlug('!!! ???')).toBe('nachricht');
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers taken ones from 2', () => {
    expect(uniqueSlug('sommerfest', new Set())).toBe('sommerfest');
    expect(uniqueSlug('sommerfest', new Set(['sommerfest']))).toBe('sommerfest-2');
    expect(uniqueSlug('sommerfest', new Set(['sommerfest', 'sommerfest-2', 'sommerfest-3']))).toBe(
      'sommerfest-4',
    );
    expect(uniqueSlug('sommerfest', new Set(['sommerfest', 'sommerfest-3']))).toBe('sommerfest-2');
  });

  it('stays a valid slug of at most 64 characters with a suffix', () => {
    const base = baseSlug('Sehr '.repeat(30));
    expect(base.length).toBeLessThanOrEqual(64);
    const taken = new Set([base]);
    for (let i = 0; i < 12; i++) taken.add(uniqueSlug(base, taken));
    expect(taken.size).toBe(13);
    for (const slug of taken) {
      expect(slug.length).toBeLessThanOrEqual(64);
      expect(slug).toMatch(SLUG_PATTERN);
    }
  });
});
