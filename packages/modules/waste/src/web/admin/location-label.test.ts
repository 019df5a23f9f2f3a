import { createTranslator } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../messages/index.js';
import { locationLabel } from './location-label.js';

const de = createTranslator('de', messages);
const en = createTranslator('en', messages);
const place = {
  name: 'Ring',
  district: null,
  houseFrom: null,
  houseTo: null,
  parity: 'all',
} as const;

describe('a location on one line', () => {
  it('names ranges, open ranges and odd or even numbers in the page’s language', () => {
    expect(locationLabel(de, place)).toBe('Ring');
    expect(locationLabel(de, { ...place, houseFrom: 1, houseTo: 19, parity: 'odd' })).toBe(
      'Ring, 1–19 (ungerade)',
    );
    expect(locationLabel(en, { ...place, houseFrom: 1, houseTo: 19, parity: 'odd' })).toBe(
      'Ring, 1–19 (odd)',
    );
    expect(locationLabel(de, { ...place, houseFrom: 20 })).toBe('Ring, ab 20');
    expect(locationLabel(en, { ...place, houseTo: 18, parity: 'even' })).toBe(
      'Ring, up to 18 (even)',
    );
    expect(locationLabel(de, { ...place, parity: 'even', district: 'Zentrum' })).toBe(
      'Ring, gerade, Zentrum',
    );
    // A village whose area has its own name is not named twice.
    expect(locationLabel(de, { ...place, name: 'Granzin', district: 'Granzin' })).toBe('Granzin');
  });
});
