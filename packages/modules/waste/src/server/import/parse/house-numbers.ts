import type { Localized } from '@city-app/core';
import type { ParsedLocation } from '../parsed.js';

/** The house numbers of a street a tour serves; none of the fields = the whole street. */
export type HouseNumbers = Pick<ParsedLocation, 'houseFrom' | 'houseTo' | 'parity'>;

const PARITY: Record<string, 'odd' | 'even'> = {
  gerade: 'even',
  even: 'even',
  g: 'even',
  ungerade: 'odd',
  odd: 'odd',
  u: 'odd',
};

// "1-19", "1–19", "1 bis 19", "12a-20", "5", "ab 20", "bis 19", each with an optional parity
// word before or after ("2-20 gerade", "ungerade 1-19", "1-19 (ungerade)").
const RANGE =
  /^(?:(\d{1,5})\s*[a-z]?\s*(?:[-–—]|bis)\s*(\d{1,5})\s*[a-z]?|(\d{1,5})\s*[a-z]?|ab\s+(\d{1,5})|bis\s+(\d{1,5}))$/;

/**
 * The house numbers a cell of the authority's table names: "1-19", "1–19", "2-20 gerade",
 * "ungerade", "ab 20"; empty is the whole street. Undefined for a text it cannot read.
 */
export function parseHouseNumbers(text: string): HouseNumbers | undefined {
  let rest = text.toLocaleLowerCase('de-DE').replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  let parity: 'all' | 'odd' | 'even' = 'all';
  const word = /(?:^|\s)(gerade|ungerade|even|odd|g|u)(?:\.|\s|$)/.exec(rest);
  if (word?.[1]) {
    parity = PARITY[word[1]] ?? 'all';
    rest = rest.replace(word[0], ' ').trim();
  }
  rest = rest.replace(/^(?:nr\.?|hausnummern?|nos?\.?)\s*/, '');
  const result: HouseNumbers = parity === 'all' ? {} : { parity };
  if (rest === '' || rest === 'alle' || rest === 'all') return result;
  const m = RANGE.exec(rest);
  if (!m) return undefined;
  const from = m[1] ?? m[3] ?? m[4];
  const to = m[2] ?? m[3] ?? m[5];
  if (from !== undefined) result.houseFrom = Number(from);
  if (to !== undefined) result.houseTo = Number(to);
  if (result.houseFrom !== undefined && result.houseTo !== undefined) {
    if (result.houseFrom > result.houseTo) return undefined;
  }
  return result;
}

/** "1–19 (ungerade)" / "1–19 (odd numbers)", "ab 20" / "from 20"; empty for the whole street. */
export function houseNumbersText(range: HouseNumbers): Localized {
  const { houseFrom: from, houseTo: to, parity } = range;
  const span =
    from !== undefined && to !== undefined
      ? {
          de: from === to ? `${from}` : `${from}–${to}`,
          en: from === to ? `${from}` : `${from}–${to}`,
        }
      : from !== undefined
        ? { de: `ab ${from}`, en: `from ${from}` }
        : to !== undefined
          ? { de: `bis ${to}`, en: `up to ${to}` }
          : { de: '', en: '' };
  if (parity !== 'odd' && parity !== 'even') return span;
  const word =
    parity === 'odd' ? { de: 'ungerade', en: 'odd numbers' } : { de: 'gerade', en: 'even numbers' };
  return {
    de: span.de ? `${span.de} (${word.de})` : word.de,
    en: span.en ? `${span.en} (${word.en})` : word.en,
  };
}
