/**
 * Text a person sends may hold tab and newline, nothing else below the space: a NUL ends a
 * string in C and PostgreSQL refuses it, and the other control characters only hide things.
 * C1 controls (U+0080–U+009F) and DEL count too, and so do lone surrogate halves, which no
 * UTF-8 database can store.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Whether `text` holds a control character other than tab and newline, or a lone surrogate. */
export function hasForbiddenCharacters(text: string): boolean {
  return CONTROL.test(text) || !isWellFormed(text);
}

function isWellFormed(text: string): boolean {
  // Lone halves of a surrogate pair, which JSON can carry ("\ud800") but UTF-8 cannot.
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/**
 * The path of the first string (value or object key) in `value` that `hasForbiddenCharacters`,
 * e.g. `['sessions', 0, 'id']`; `undefined` when all are clean. Walks parsed JSON, query and
 * path parameters, so a field no schema names is checked too.
 */
export function findForbiddenText(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | undefined {
  if (typeof value === 'string') return hasForbiddenCharacters(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findForbiddenText(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (hasForbiddenCharacters(key)) return path;
      const found = findForbiddenText(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
