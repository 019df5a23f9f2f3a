/**
 * Escapers for the file types a town project is made of. Everything a user typed passes
 * through one of these before it lands in a file, so a town called `Ä"<script>` stays a
 * name and never becomes markup or code.
 */

/** A JSON value; also a valid YAML double-quoted scalar (used in front matter). */
export function escapeJson(value: unknown, indent?: number): string {
  return indent ? formatJson(value) : (JSON.stringify(value) ?? 'null');
}

const isPrimitive = (value: unknown) => value === null || typeof value !== 'object';

/**
 * Pretty JSON laid out as the repository's formatter (Biome) lays it out: objects over
 * several lines, arrays of plain values on one line when they fit. So a generated project
 * inside the monorepo passes the lint unchanged.
 */
export function formatJson(value: unknown, indent = ''): string {
  if (isPrimitive(value)) return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => formatJson(item, inner));
    const oneLine = `[${items.join(', ')}]`;
    if (value.every(isPrimitive) && indent.length + oneLine.length <= 80) return oneLine;
    return `[\n${items.map((item) => `${inner}${item}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  if (entries.length === 0) return '{}';
  const lines = entries.map(
    ([key, v]) => `${inner}${JSON.stringify(key)}: ${formatJson(v, inner)}`,
  );
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML, SVG and XML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Inline Markdown text: every character that could start markup (emphasis, links, HTML,
 * headings, tables, entities) gets a backslash, as CommonMark allows for ASCII punctuation.
 * Line breaks become spaces so a value never opens a new block.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A single-quoted TypeScript string literal (the repository's style). */
export function tsString(value: string): string {
  const json = JSON.stringify(value).slice(1, -1);
  return `'${json.replace(/\\"|'/g, (m) => (m === "'" ? "\\'" : '"'))}'`;
}

/**
 * A TypeScript expression for a JSON-like value: strings as single-quoted literals, objects
 * over several lines with unquoted keys where they are identifiers, trailing commas.
 * `undefined` members are left out, like JSON.
 */
export function toTsLiteral(value: unknown, indent = ''): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${value} cannot be written as a literal.`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => toTsLiteral(item, inner));
    const oneLine = `[${items.join(', ')}]`;
    if (value.every(isPrimitive) && indent.length + oneLine.length <= 80) return oneLine;
    return `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined,
    );
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, v]) => {
      const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
      return `${inner}${name}: ${toTsLiteral(v, inner)},`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  throw new TypeError(`A ${typeof value} cannot be written as a literal.`);
}
