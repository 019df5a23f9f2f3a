import { errors, validationMessage } from '@city-app/core';
import type { z } from 'zod';

/** Parses with `schema`; a failure names the first offending field and what is expected. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.') || 'body';
  const problem = (locale: 'de' | 'en') =>
    `${field}: ${issue ? validationMessage(issue, locale, issue.message) : 'invalid'}`;
  throw errors.validation(field, { de: problem('de'), en: problem('en') });
}
