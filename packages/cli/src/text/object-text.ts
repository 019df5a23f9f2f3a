/**
 * Careful edits of object literals in source text (city.config.ts, package.json): find a
 * property by key and insert or remove one entry, leaving every other byte as it was.
 * A small scanner skips strings, template literals and comments, so braces inside them
 * do not count.
 */

export interface Entry {
  key: string;
  /** Start of the entry's line (its indentation included). */
  lineStart: number;
  keyStart: number;
  valueStart: number;
  /** End of the value expression (exclusive). */
  valueEnd: number;
  /** After the entry's trailing comma, if it has one, else `valueEnd`. */
  end: number;
  hasComma: boolean;
}

/** Index just after the string, template literal or comment starting at `i`, or -1. */
function skipQuoted(text: string, i: number): number {
  const c = text[i];
  if (c === '/' && text[i + 1] === '/') {
    const nl = text.indexOf('\n', i);
    return nl === -1 ? text.length : nl;
  }
  if (c === '/' && text[i + 1] === '*') {
    const close = text.indexOf('*/', i + 2);
    return close === -1 ? text.length : close + 2;
  }
  if (c === '"' || c === "'" || c === '`') {
    let j = i + 1;
    while (j < text.length && text[j] !== c) {
      if (text[j] === '\\') j++;
      j++;
    }
    return j + 1;
  }
  return -1;
}

/** Index of the bracket that closes the one at `open`. */
export function matchingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const skipped = skipQuoted(text, i);
    if (skipped !== -1) {
      i = skipped - 1;
      continue;
    }
    const c = text[i];
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const KEY = /^(?:([A-Za-z_$][\w$]*)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*:\s*/;

/** The entries of the object literal whose `{` is at `open`. */
export function objectEntries(text: string, open: number): Entry[] {
  const close = matchingBracket(text, open);
  const entries: Entry[] = [];
  let i = open + 1;
  while (i < close) {
    // Skip whitespace and comments before an entry.
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const skipped = c === '/' ? skipQuoted(text, i) : -1;
    if (skipped !== -1) {
      i = skipped;
      continue;
    }
    const match = KEY.exec(text.slice(i, close));
    if (!match) break; // a spread or something else we do not edit
    const key = match[1] ?? match[2] ?? match[3] ?? '';
    const keyStart = i;
    const valueStart = i + match[0].length;
    let j = valueStart;
    let depth = 0;
    while (j < close) {
      const s = skipQuoted(text, j);
      if (s !== -1) {
        j = s;
        continue;
      }
      const ch = text[j];
      if (ch === '{' || ch === '[' || ch === '(') depth++;
      else if (ch === '}' || ch === ']' || ch === ')') depth--;
      else if (ch === ',' && depth === 0) break;
      j++;
    }
    let valueEnd = j;
    while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1] as string)) valueEnd--;
    const hasComma = text[j] === ',';
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    entries.push({
      key,
      lineStart,
      keyStart,
      valueStart,
      valueEnd,
      end: hasComma ? j + 1 : valueEnd,
      hasComma,
    });
    i = hasComma ? j + 1 : close;
  }
  return entries;
}

function indentOf(text: string, index: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/**
 * Adds `key: value` as the last entry of the object whose `{` is at `open`, in the layout
 * of the others (one entry per line). `value` gets the entry's indentation and returns the
 * value's text. `trailingComma`: TypeScript style (every entry ends with a comma); JSON has
 * none after the last.
 */
export function appendEntry(
  text: string,
  open: number,
  keyText: string,
  value: (indent: string) => string,
  trailingComma = true,
): string {
  const close = matchingBracket(text, open);
  const entries = objectEntries(text, open);
  const last = entries.at(-1);
  const outer = indentOf(text, open);
  const inner = last ? indentOf(text, last.keyStart) : `${outer}  `;
  const comma = trailingComma ? ',' : '';
  const entry = `${inner}${keyText}: ${value(inner)}${comma}`;
  if (!last) return `${text.slice(0, open)}{\n${entry}\n${outer}}${text.slice(close + 1)}`;
  const before =
    text.slice(0, last.valueEnd) + (last.hasComma ? text.slice(last.valueEnd, last.end) : ',');
  return `${before}\n${entry}${text.slice(last.end)}`;
}

/**
 * Adds `key: value` to the object whose `{` is at `open`, before the first entry whose key
 * sorts after it (package.json's dependencies are sorted), else at the end.
 */
export function insertSortedEntry(
  text: string,
  open: number,
  key: string,
  keyText: string,
  value: string,
  trailingComma = true,
): string {
  const entries = objectEntries(text, open);
  const next = entries.find((e) => e.key > key);
  if (!next) return appendEntry(text, open, keyText, () => value, trailingComma);
  const inner = indentOf(text, next.keyStart);
  return `${text.slice(0, next.lineStart)}${inner}${keyText}: ${value},\n${text.slice(next.lineStart)}`;
}

/**
 * Removes the entry `key` of the object whose `{` is at `open`, with its line. An object left
 * without entries becomes `{}`.
 */
export function removeEntry(text: string, open: number, key: string): string {
  const entries = objectEntries(text, open);
  const index = entries.findIndex((e) => e.key === key);
  const entry = entries[index];
  if (!entry) return text;
  if (entries.length === 1) {
    const close = matchingBracket(text, open);
    return `${text.slice(0, open)}{}${text.slice(close + 1)}`;
  }
  // From the end of the previous entry (or the `{`) to the end of this one: its line goes.
  const previous = entries[index - 1];
  const from = previous ? previous.end : open + 1;
  let to = entry.end;
  if (!previous) {
    // First entry: keep the line break after `{`, drop this entry's line.
    const next = entries[index + 1] as Entry;
    return text.slice(0, entry.lineStart) + text.slice(next.lineStart);
  }
  if (!entry.hasComma && previous.hasComma) {
    // The last entry had no trailing comma: neither should the new last one.
    return text.slice(0, previous.valueEnd) + text.slice(to);
  }
  to = entry.end;
  return text.slice(0, from) + text.slice(to);
}

/** A key as an object literal writes it: bare when it is an identifier, else quoted. */
export function keyLiteral(key: string, quote: '"' | "'" = '"'): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return key;
  return quote === '"' ? JSON.stringify(key) : `'${key.replace(/['\\]/g, '\\$&')}'`;
}
