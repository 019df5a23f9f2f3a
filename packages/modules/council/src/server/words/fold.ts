import { WORD_RULES } from '../../api/words.js';

/**
 * How a followed word meets a meeting's text. Both are folded alike: lower case, "ä" as "ae",
 * "ö" as "oe", "ü" as "ue", "ß" as "ss" (so "Straße" meets "Strasse" and "Müll" meets
 * "Muell", as Germans write them without umlauts), other accents dropped, and every run of
 * anything but letters and digits one space. A word then matches where a word of the text
 * begins with it: "Schul" finds "Schulhof" and "Schul-Entwicklung", not "Grundschule";
 * "Rat" does not find "Beirat". Several words match as a phrase ("Neue Mitte").
 */

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function fold(text: string): string {
  return text
    .toLocaleLowerCase('de-DE')
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Letters, digits, spaces and the marks words carry (hyphen, dot, slash, apostrophe). */
const WORD_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .\-/'’]*$/u;

/** The word as it is kept and shown (spaces tidied), or `null` when it breaks the rules. */
export function tidyWord(raw: string): { word: string; folded: string } | null {
  const word = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (word.length > WORD_RULES.max || !WORD_PATTERN.test(word)) return null;
  const folded = fold(word);
  if (folded.replace(/ /g, '').length < WORD_RULES.min) return null;
  return { word, folded };
}

/** Whether a folded word begins a word of a folded text. */
export const foundIn = (folded: string, foldedText: string): boolean =>
  ` ${foldedText}`.includes(` ${folded}`);
