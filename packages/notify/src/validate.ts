import type { z } from 'zod';
import { notifyErrors } from './errors.js';

/** Parses with `schema`; a failure names the first offending field and what is expected. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.') || 'body';
  throw notifyErrors.invalid(field, `${field}: ${issue?.message ?? 'invalid'}.`);
}
