import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForbiddenText, hasForbiddenCharacters } from './text.js';

describe('hasForbiddenCharacters', () => {
  it('allows tab, newline and all printable text, umlauts and emoji included', () => {
    expect(hasForbiddenCharacters('Stadtfest in Hagenow\n\tÄÖÜß € 🎉')).toBe(false);
  });

  it('finds NUL, the other C0 and C1 controls, DEL and lone surrogates', () => {
    for (const bad of ['a\u0000b', '\r\n', '\u001b[31m', '\u007f', '\u0085', '\ud800', 'x\udc00']) {
      expect(hasForbiddenCharacters(bad), JSON.stringify(bad)).toBe(true);
    }
  });

  it('agrees with a character-by-character reading for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        const control = [...text].some((ch) => {
          const code = ch.codePointAt(0) as number;
          const isControl =
            (code < 0x20 && ch !== '\t' && ch !== '\n') || (code >= 0x7f && code <= 0x9f);
          return isControl || (code >= 0xd800 && code <= 0xdfff);
        });
        expect(hasForbiddenCharacters(text)).toBe(control);
      }),
    );
  });
});

describe('findForbiddenText', () => {
  it('names the first string or key holding one', () => {
    expect(findForbiddenText({ a: 'ok', b: [{ c: 'x' }, { c: 'y\u0000' }] })).toEqual([
      'b',
      1,
      'c',
    ]);
    expect(findForbiddenText({ nested: { 'k\u0000': 1 } })).toEqual(['nested']);
    expect(findForbiddenText('\u0007')).toEqual([]);
    expect(findForbiddenText({ n: 1, t: true, z: null, s: 'Zeile\n' })).toBeUndefined();
  });
});
