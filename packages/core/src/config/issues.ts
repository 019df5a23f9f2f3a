import type { z } from 'zod';
import type { ConfigIssue } from '../errors/city-app-error.js';
import { closestName } from './closest-name.js';
import { optionNames } from './option-names.js';

/** What was checked, so issues can name what a wrong value is and what a typo meant. */
export interface CheckedValue {
  schema?: z.ZodType;
  input?: unknown;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of options ({ … })',
  date: 'a date',
  bigint: 'a whole number',
  null: 'null',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'a group of options';
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function typeMessage(issue: z.core.$ZodIssueInvalidType, checked: CheckedValue): string {
  // zod leaves the input out of its issues; without it, its message says what it received.
  const missing =
    'input' in checked
      ? valueAt(checked.input, issue.path) === undefined
      : / received undefined$/.test(issue.message);
  if (missing) return 'is required.';
  const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
  return 'input' in checked
    ? `must be ${expected}, not ${kindOf(valueAt(checked.input, issue.path))}.`
    : `must be ${expected}.`;
}

function unknownKeyIssues(
  issue: z.core.$ZodIssueUnrecognizedKeys,
  path: readonly (string | number)[],
  checked: CheckedValue,
): ConfigIssue[] {
  const known = checked.schema ? optionNames(checked.schema, issue.path) : [];
  return issue.keys.map((key) => {
    const suggestion = closestName(key, known);
    return {
      field: [...path, key].join('.'),
      message: 'is not an option here.',
      ...(suggestion
        ? { hint: `Did you mean "${suggestion}"?` }
        : known.length
          ? { hint: `Options here: ${known.join(', ')}.` }
          : {}),
    };
  });
}

/**
 * zod issues as `{ field, message, hint }` with dotted paths such as `legal.imprint.email`.
 * With the schema and the input that were checked, an unknown key gets a "did you mean" and
 * a wrong type says what was found.
 */
export function toConfigIssues(
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
  checked: CheckedValue = {},
): ConfigIssue[] {
  return error.issues.flatMap((issue): ConfigIssue[] => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') return unknownKeyIssues(issue, path, checked);
    const field = path.join('.') || '(root)';
    const suggestion = (issue as { params?: { suggestion?: string } }).params?.suggestion;
    const message = issue.code === 'invalid_type' ? typeMessage(issue, checked) : issue.message;
    return [{ field, message, ...(suggestion ? { hint: `Use ${suggestion}.` } : {}) }];
  });
}
