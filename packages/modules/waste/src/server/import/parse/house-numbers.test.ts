import { describe, expect, it } from 'vitest';
import { houseNumbersText, parseHouseNumbers } from './house-numbers.js';

describe('parseHouseNumbers', () => {
  it.each([
    ['', {}],
    ['1-19', { houseFrom: 1, houseTo: 19 }],
    ['1–19', { houseFrom: 1, houseTo: 19 }],
    ['1 bis 19', { houseFrom: 1, houseTo: 19 }],
    ['2-20 gerade', { houseFrom: 2, houseTo: 20, parity: 'even' }],
    ['1-19 (ungerade)', { houseFrom: 1, houseTo: 19, parity: 'odd' }],
    ['ungerade', { parity: 'odd' }],
    ['Gerade', { parity: 'even' }],
    ['12a-20', { houseFrom: 12, houseTo: 20 }],
    ['5', { houseFrom: 5, houseTo: 5 }],
    ['ab 20', { houseFrom: 20 }],
    ['bis 19 ungerade', { houseTo: 19, parity: 'odd' }],
    ['Nr. 3-7', { houseFrom: 3, houseTo: 7 }],
  ])('"%s"', (text, range) => {
    expect(parseHouseNumbers(text)).toEqual(range);
  });

  it('does not guess at what it cannot read', () => {
    expect(parseHouseNumbers('19-1')).toBeUndefined();
    expect(parseHouseNumbers('hinterm Bahnhof')).toBeUndefined();
    expect(parseHouseNumbers('1-19-30')).toBeUndefined();
  });
});

describe('houseNumbersText', () => {
  it('writes a range for people, in both languages', () => {
    expect(houseNumbersText({ houseFrom: 1, houseTo: 19, parity: 'odd' })).toEqual({
      de: '1–19 (ungerade)',
      en: '1–19 (odd numbers)',
    });
    expect(houseNumbersText({ houseFrom: 20 })).toEqual({ de: 'ab 20', en: 'from 20' });
    expect(houseNumbersText({ parity: 'even' })).toEqual({ de: 'gerade', en: 'even numbers' });
    expect(houseNumbersText({})).toEqual({ de: '', en: '' });
  });
});
