import type { z } from 'zod';
import type { ConfigIssue } from '../errors/city-app-error.js';

/** zod issues as `{ field, message, hint }` with dotted paths such as `legal.imprint.email`. */
export function toConfigIssues(
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
): ConfigIssue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field = path.join('.') || '(root)';
    const suggestion = (issue as { params?: { suggestion?: string } }).params?.suggestion;
    const message =
      issue.code === 'invalid_type' && issue.input === undefined ? 'is required.' : issue.message;
    return {
      field,
      message,
      ...(suggestion ? { hint: `Use ${suggestion}.` } : {}),
    };
  });
}
