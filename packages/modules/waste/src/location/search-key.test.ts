import { describe, expect, it } from 'vitest';
import { searchKey } from './search-key.js';

describe('searchKey', () => {
  it('makes a typed prefix match the street', () => {
    expect(searchKey('Bahnhofstraße').startsWith(searchKey('Bahnhofst'))).toBe(true);
    expect(searchKey('Bahnhofstraße')).toBe(searchKey('bahnhofstrasse'));
    expect(searchKey('Bahnhofstraße')).toBe(searchKey('Bahnhofstr.'));
    expect(searchKey('Bahnhofstraße')).toBe(searchKey('Bahnhofstr'));
  });

  it('spells umlauts out either way they are typed', () => {
    expect(searchKey('Möllner Straße')).toBe(searchKey('moellner strasse'));
    expect(searchKey('Möllner Straße').startsWith(searchKey('Möll'))).toBe(true);
    expect(searchKey('Dr.-Raber-Straße')).toBe(searchKey('Dr. Raber Str.'));
  });

  it('keeps house-number digits and drops punctuation', () => {
    expect(searchKey('Am Markt 1–5')).toBe('ammarkt15');
  });
});
