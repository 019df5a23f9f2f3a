import { CityAppError } from '@city-app/core';

/**
 * Front matter of a content file: a small YAML subset, enough for news files and easy to
 * explain to a town's editor.
 *
 * ```
 * ---
 * title: "Baustelle in der Langen Straße"
 * category: Baustellen
 * publishedAt: 2025-03-01
 * ---
 * The Markdown body …
 * ```
 *
 * One `key: value` per line; values are plain text, "double-quoted" (with \" \\ \n \t
 * \uXXXX escapes) or 'single-quoted' (with '' for a quote). Lines starting with # are
 * comments. Nesting, lists and multi-line values are not part of the subset.
 */
export interface FrontMatterDocument {
  data: Record<string, string>;
  body: string;
}

export function frontMatterError(source: string, message: string, field?: string, line?: number) {
  return new CityAppError({
    code: 'invalid_content',
    title: 'Invalid content file',
    message: `${source}${line ? `, line ${line}` : ''}: ${message}`,
    field,
    hint: 'Start the file with a front-matter block: a line "---", then "key: value" lines, then "---".',
  });
}

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function parseFrontMatter(text: string, source: string): FrontMatterDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    throw frontMatterError(
      source,
      'the file must begin with a line "---" that opens the front matter.',
      undefined,
      1,
    );
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) {
    throw frontMatterError(
      source,
      'the front matter is not closed: add a line "---" after the last "key: value" line.',
    );
  }
  const data: Record<string, string> = {};
  for (let index = 1; index < end; index++) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^\s/.test(line)) {
      throw frontMatterError(
        source,
        'indented lines (nested values, multi-line text) are not supported; write each value on one "key: value" line.',
        undefined,
        lineNumber,
      );
    }
    const colon = line.indexOf(':');
    if (colon === -1) {
      throw frontMatterError(
        source,
        `expected "key: value", found "${trimmed}".`,
        undefined,
        lineNumber,
      );
    }
    const key = line.slice(0, colon).trim();
    if (!KEY.test(key)) {
      throw frontMatterError(
        source,
        `"${key}" is not a valid key; use letters and digits, e.g. "imageAlt".`,
        key || undefined,
        lineNumber,
      );
    }
    if (key in data) {
      throw frontMatterError(source, `"${key}" appears twice; keep one.`, key, lineNumber);
    }
    data[key] = parseValue(line.slice(colon + 1).trim(), (message) =>
      frontMatterError(source, `${key}: ${message}`, key, lineNumber),
    );
  }
  return {
    data,
    body: lines
      .slice(end + 1)
      .join('\n')
      .replace(/^\n+/, ''),
  };
}

function parseValue(raw: string, fail: (message: string) => CityAppError): string {
  if (raw.startsWith('"')) return parseDoubleQuoted(raw, fail);
  if (raw.startsWith("'")) {
    let value = '';
    for (let i = 1; i < raw.length; i++) {
      const ch = raw[i];
      if (ch === "'") {
        if (raw[i + 1] === "'") {
          value += "'";
          i++;
          continue;
        }
        assertOnlyComment(raw.slice(i + 1), fail);
        return value;
      }
      value += ch;
    }
    throw fail("the quoted value has no closing ' on the same line.");
  }
  // plain value: a comment starts at " #"
  const comment = raw.search(/\s#/);
  const value = (comment === -1 ? raw : raw.slice(0, comment)).trim();
  if (/^[[{|>]/.test(value)) {
    throw fail(
      'lists, maps and multi-line values are not supported; write the value on one line, in quotes if needed.',
    );
  }
  return value;
}

function parseDoubleQuoted(raw: string, fail: (message: string) => CityAppError): string {
  const escapes: Record<string, string> = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    n: '\n',
    t: '\t',
    r: '\r',
  };
  let value = '';
  for (let i = 1; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (ch === '"') {
      assertOnlyComment(raw.slice(i + 1), fail);
      return value;
    }
    if (ch !== '\\') {
      value += ch;
      continue;
    }
    const next = raw[i + 1] ?? '';
    if (next === 'u') {
      const hex = raw.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw fail(`"\\u" must be followed by four hex digits.`);
      value += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
      continue;
    }
    const replacement = escapes[next];
    if (replacement === undefined)
      throw fail(
        `unknown escape "\\${next}" in a double-quoted value; write \\\\ for a backslash.`,
      );
    value += replacement;
    i++;
  }
  throw fail('the quoted value has no closing " on the same line.');
}

function assertOnlyComment(rest: string, fail: (message: string) => CityAppError): void {
  const trimmed = rest.trim();
  if (trimmed !== '' && !trimmed.startsWith('#')) {
    throw fail(`unexpected text after the closing quote: "${trimmed}".`);
  }
}
