import { CityAppError } from '@city-app/core';
import {
  isAlias,
  isMap,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
} from 'yaml';

/**
 * Front matter of a content file: a YAML map of text values, read by the `yaml` package.
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
 * Values are YAML text in any style (plain, "double-quoted", 'single-quoted', block `|`);
 * every value stays text (YAML's failsafe schema), so `sample: true` and `2025-03-01` reach
 * the checks as written. Lists, maps, tags and aliases are refused: no field takes them, and
 * without aliases nothing can expand.
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

/** What each YAML problem means to an editor; other problems keep the parser's words. */
function describe(error: YAMLError, yaml: string): string {
  switch (error.code) {
    case 'MISSING_CHAR':
      return 'the quoted value has no closing quote.';
    case 'BAD_DQ_ESCAPE':
      return `unknown escape "${yaml.slice(error.pos[0], error.pos[0] + 2)}" in a double-quoted value; write \\\\ for a backslash.`;
    case 'UNEXPECTED_TOKEN':
      return `unexpected text "${yaml.slice(error.pos[0]).split('\n')[0]?.trim()}"; put a value with ": " or " #" in quotes.`;
    default:
      return `${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}.`;
  }
}

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
  return {
    data: parseData(lines.slice(1, end).join('\n'), source),
    body: lines
      .slice(end + 1)
      .join('\n')
      .replace(/^\n+/, ''),
  };
}

/** The front matter's `key: value` lines as text values; line numbers count from the file's top. */
function parseData(yaml: string, source: string): Record<string, string> {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, {
    schema: 'failsafe',
    // Duplicates and tags are reported below, with the key and line.
    uniqueKeys: false,
    resolveKnownTags: false,
    lineCounter,
  });
  // The opening "---" is the file's line 1.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  const contents = document.contents;
  const pairs = isMap(contents) ? contents.items : [];
  // The key whose value holds an offset, to name the field a problem is in.
  const keyAt = (offset: number) => {
    const pair = pairs.find((p) => {
      const start = (p.key as Node | null)?.range?.[0];
      const end = ((p.value ?? p.key) as Node | null)?.range?.[2];
      return start !== undefined && end !== undefined && start <= offset && offset <= end;
    });
    return isScalar(pair?.key) ? String(pair.key.value) : undefined;
  };
  const problem = document.errors[0];
  if (problem) {
    const key = keyAt(problem.pos[0]);
    throw frontMatterError(
      source,
      `${key ? `${key}: ` : ''}${describe(problem, yaml)}`,
      key,
      lineAt(problem.pos[0]),
    );
  }
  if (contents === null) return {};
  if (!isMap(contents)) {
    const first = yaml
      .slice(contents.range?.[0] ?? 0)
      .split('\n')[0]
      ?.trim();
    throw frontMatterError(
      source,
      `expected "key: value", found "${first}".`,
      undefined,
      lineAt(contents.range?.[0] ?? 0),
    );
  }
  const data: Record<string, string> = {};
  for (const pair of contents.items) {
    const keyNode = pair.key as Node;
    const lineNumber = lineAt(keyNode.range?.[0] ?? 0);
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
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
    const value = pair.value as Node | null;
    if (value === null) {
      data[key] = '';
      continue;
    }
    if (isAlias(value) || (isScalar(value) && value.tag && value.tag !== 'tag:yaml.org,2002:str')) {
      throw frontMatterError(
        source,
        `${key}: tags (!) and aliases (*) are not supported; write the value itself.`,
        key,
        lineNumber,
      );
    }
    if (!isScalar(value)) {
      throw frontMatterError(
        source,
        `${key}: lists and maps are not supported; write the value as text, in quotes if needed.`,
        key,
        lineNumber,
      );
    }
    data[key] = String(value.value);
  }
  return data;
}
