import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './closest-name.js';

describe('closestName', () => {
  it('finds the option a typo meant', () => {
    expect(closestName('perPag', ['perPage', 'categories', 'feedTitle'])).toBe('perPage');
    expect(closestName('brandng', ['town', 'branding', 'legal'])).toBe('branding');
    expect(closestName('feedTilte', ['perPage', 'feedTitle'])).toBe('feedTitle');
    expect(closestName('Locales', ['locales', 'legal'])).toBe('locales');
  });

  it('suggests nothing for a name unlike every known one', () => {
    expect(closestName('colour', ['town', 'branding', 'legal'])).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });
});

describe('editDistance', () => {
  const word = fc.string({ maxLength: 12 });

  it('is a distance: zero only for equal words, symmetric, within the longer length', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });

  it('counts one edit for one inserted, dropped, replaced or swapped letter', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom('insert', 'drop', 'replace', 'swap'),
        (a, at, edit) => {
          const i = at % (a.length - 1);
          const letter = a[i] === 'q' ? 'z' : 'q';
          const b =
            edit === 'insert'
              ? a.slice(0, i) + letter + a.slice(i)
              : edit === 'drop'
                ? a.slice(0, i) + a.slice(i + 1)
                : edit === 'replace'
                  ? a.slice(0, i) + letter + a.slice(i + 1)
                  : a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2);
          expect(editDistance(a, b)).toBe(a === b ? 0 : 1);
        },
      ),
    );
  });
});
