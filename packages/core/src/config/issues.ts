import type { z } from 'zod';
import type { ConfigIssue } from '../errors/city-app-error.js';
import type { Locale } from '../i18n/locale.js';
import { closestName } from './closest-name.js';
import { CONFIG_ISSUE_TEXTS, type ConfigIssueTexts, zodMessage } from './issue-texts.js';
import { optionNames } from './option-names.js';

/**
 * What was checked, so issues can name what a wrong value is and what a typo meant, and in
 * which language they are worded (English, as terminals and logs are, unless told).
 */
export interface CheckedValue {
  schema?: z.ZodType;
  input?: unknown;
  locale?: Locale;
}

function kindOf(value: unknown, say: ConfigIssueTexts): string {
  if (value === null) return say.found.null;
  if (Array.isArray(value)) return say.found.list;
  if (typeof value === 'string') return say.found.text(JSON.stringify(value.slice(0, 40)));
  if (typeof value === 'number') return say.found.number(value);
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return say.found.group;
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

function typeMessage(
  issue: z.core.$ZodIssueInvalidType,
  checked: CheckedValue,
  say: ConfigIssueTexts,
): string {
  // zod leaves the input out of its issues; without it, its message says what it received.
  const missing =
    'input' in checked
      ? valueAt(checked.input, issue.path) === undefined
      : / received undefined$/.test(issue.message);
  if (missing) return say.required;
  const expected = say.types[issue.expected] ?? issue.expected;
  return 'input' in checked
    ? say.mustBe(expected, kindOf(valueAt(checked.input, issue.path), say))
    : say.mustBe(expected);
}

function unknownKeyIssues(
  issue: z.core.$ZodIssueUnrecognizedKeys,
  path: readonly (string | number)[],
  checked: CheckedValue,
  say: ConfigIssueTexts,
): ConfigIssue[] {
  const known = checked.schema ? optionNames(checked.schema, issue.path) : [];
  return issue.keys.map((key) => {
    const suggestion = closestName(key, known);
    return {
      field: [...path, key].join('.'),
      message: say.notAnOption,
      ...(suggestion
        ? { hint: say.didYouMean(suggestion) }
        : known.length
          ? { hint: say.optionsHere(known) }
          : {}),
    };
  });
}

/** The params the town schema's contrast check puts on its issue (see schema.ts). */
interface CheckParams {
  text?: 'contrast';
  suggestion?: string;
  colour?: string;
  ratio?: string;
  textColour?: string;
}

const FIXED_CHECKS = ['hexColour', 'email', 'timeZone'] as const;

function message(issue: z.core.$ZodIssue, checked: CheckedValue, say: ConfigIssueTexts): string {
  if (issue.code === 'invalid_type') return typeMessage(issue, checked, say);
  const params = (issue as { params?: CheckParams }).params;
  if (params?.text === 'contrast') {
    return say.checks.contrast({
      colour: params.colour ?? '',
      ratio: params.ratio ?? '',
      textColour: params.textColour ?? '',
      nearest: params.suggestion ?? '',
    });
  }
  // The schema's fixed checks are worded by the catalogue's English text (see schema.ts).
  const english = CONFIG_ISSUE_TEXTS.en.checks;
  const check = FIXED_CHECKS.find((key) => english[key] === issue.message);
  if (check) return say.checks[check];
  return zodMessage(issue, checked.locale ?? 'en');
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
  const say = CONFIG_ISSUE_TEXTS[checked.locale ?? 'en'];
  return error.issues.flatMap((issue): ConfigIssue[] => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') return unknownKeyIssues(issue, path, checked, say);
    const field = path.join('.') || '(root)';
    const suggestion = (issue as { params?: CheckParams }).params?.suggestion;
    return [
      {
        field,
        message: message(issue, checked, say),
        ...(suggestion ? { hint: say.use(suggestion) } : {}),
      },
    ];
  });
}
