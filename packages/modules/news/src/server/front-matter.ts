import { type CityAppError, cityError } from '@city-app/core';
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

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * What a YAML problem inside a key's value means to an editor; other problems keep the
 * parser's words.
 */
function yamlError(
  error: YAMLError,
  yaml: string,
  at: { source: string; line: number },
  key: string | undefined,
): CityAppError {
  const offset = error.pos[0];
  if (key !== undefined) {
    const place = { ...at, key };
    switch (error.code) {
      case 'MISSING_CHAR':
        return cityError('news_content_unclosed_quote', place, { field: key });
      case 'BAD_DQ_ESCAPE':
        return cityError(
          'news_content_bad_escape',
          { ...place, escape: yaml.slice(offset, offset + 2) },
          { field: key },
        );
      case 'UNEXPECTED_TOKEN':
        return cityError(
          'news_content_unexpected_text',
          { ...place, text: yaml.slice(offset).split('\n')[0]?.trim() ?? '' },
          { field: key },
        );
    }
  }
  const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  return cityError('news_content_yaml_invalid', { ...at, reason }, { field: key });
}

export function parseFrontMatter(text: string, source: string): FrontMatterDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    throw cityError('news_content_no_opening_line', { source });
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) {
    throw cityError('news_content_not_closed', { source });
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
    throw yamlError(problem, yaml, { source, line: lineAt(problem.pos[0]) }, keyAt(problem.pos[0]));
  }
  if (contents === null) return {};
  if (!isMap(contents)) {
    const first = yaml
      .slice(contents.range?.[0] ?? 0)
      .split('\n')[0]
      ?.trim();
    throw cityError('news_content_not_key_value', {
      source,
      line: lineAt(contents.range?.[0] ?? 0),
      text: first ?? '',
    });
  }
  const data: Record<string, string> = {};
  for (const pair of contents.items) {
    const keyNode = pair.key as Node;
    const lineNumber = lineAt(keyNode.range?.[0] ?? 0);
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const place = { source, line: lineNumber, key };
    if (!KEY.test(key)) {
      throw cityError('news_content_invalid_key', place, { field: key || undefined });
    }
    if (key in data) {
      throw cityError('news_content_duplicate_key', place, { field: key });
    }
    const value = pair.value as Node | null;
    if (value === null) {
      data[key] = '';
      continue;
    }
    if (isAlias(value) || (isScalar(value) && value.tag && value.tag !== 'tag:yaml.org,2002:str')) {
      throw cityError('news_content_tag_or_alias', place, { field: key });
    }
    if (!isScalar(value)) {
      throw cityError('news_content_nested_value', place, { field: key });
    }
    data[key] = String(value.value);
  }
  return data;
}
