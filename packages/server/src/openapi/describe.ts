import {
  type CityAppError,
  cityError,
  errors,
  findForbiddenText,
  type Locale,
  localeFromAcceptLanguage,
  validationMessage,
} from '@city-app/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { hasRole } from '../auth/roles.js';
import { invalidJson } from '../http/errors.js';
import { publicValidators } from '../http/validators.js';
import type { CityEnv, RouteDescription } from '../module.js';

type Part = 'body' | 'query' | 'params';

const descriptions = new WeakMap<object, RouteDescription>();
const parsedValues = new WeakMap<object, Partial<Record<Part, unknown>>>();

/** The description a `describeRoute()` middleware carries, if `handler` is one. */
export function descriptionOf(handler: unknown): RouteDescription | undefined {
  return typeof handler === 'function' ? descriptions.get(handler) : undefined;
}

// zod's own wording (English, naming types) is replaced by this marker while parsing, so
// only a schema's own message survives it; the kernel words every other issue itself.
const ZOD_WORDING = '\u0000zod';
const markZodWording = { error: () => ZOD_WORDING };

type Issue = z.core.$ZodIssue;

function fieldOf(path: readonly PropertyKey[], part: Part): string {
  // A property named "" still needs a name a person can be pointed to.
  return path.map(String).join('.') || part;
}

/** A 400 `validation_failed` naming the first offending field, worded in `locale`. */
function validationError(found: readonly Issue[], part: Part, locale: Locale): CityAppError {
  const issues = found.map((issue) => ({
    field: fieldOf(issue.path, part),
    message: validationMessage(
      issue,
      locale,
      issue.message === ZOD_WORDING ? undefined : issue.message,
    ),
  }));
  // A failed parse has at least one issue.
  const first = issues[0] as { field: string; message: string };
  // The issues are worded in the request's language already.
  return cityError(
    'validation_failed',
    { problem: first.message },
    { field: first.field, ...(issues.length > 1 ? { issues } : {}) },
  );
}

/** Control characters anywhere in a part, before any schema or handler sees them. */
function forbiddenText(value: unknown, part: Part, locale: Locale): CityAppError | undefined {
  const path = findForbiddenText(value);
  if (!path) return undefined;
  const issue: Issue = {
    code: 'custom',
    path,
    message: '',
    input: undefined,
    params: { reason: 'control_characters' },
  };
  return validationError([issue], part, locale);
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) throw invalidJson(true);
  try {
    return JSON.parse(text);
  } catch {
    throw invalidJson(false);
  }
}

/** Refuses the request unless a staff member with `role` (or an admin) is logged in. */
export function checkRole(c: Context<CityEnv>, role: string): void {
  const user = c.get('user');
  if (!user) throw errors.unauthenticated();
  if ((user as { mustChangePassword?: boolean }).mustChangePassword) {
    throw cityError('password_change_required');
  }
  if (!hasRole(user, role)) throw errors.forbidden(role);
}

/**
 * Describes a route for the OpenAPI document and enforces what it says: the staff `role`
 * (401/403) or `signedIn` (401), and the zod schemas of `params`, `query` and `body` (400 `validation_failed`
 * naming the first offending field, worded in the request's `Accept-Language`). Text with
 * control characters other than tab and newline is refused in every part, whatever the schema.
 * Read the parsed values with `validated()`.
 *
 * ```ts
 * router.post('/', describeRoute({ summary: 'Post news', role: 'editor', body: newsInput,
 *   responses: { 201: { description: 'Created', schema: newsItem } } }),
 *   async (c) => { const input = validated<NewsInput>(c, 'body'); … });
 * ```
 */
export function describeRoute(desc: RouteDescription): MiddlewareHandler<CityEnv> {
  const middleware: MiddlewareHandler<CityEnv> = async (c, next) => {
    if (desc.role) checkRole(c, desc.role);
    else if (desc.signedIn && !c.get('user')) throw errors.unauthenticated();
    const values: Partial<Record<Part, unknown>> = {};
    const locale = localeFromAcceptLanguage(c.req.header('accept-language'));
    const inputs: [Part, z.ZodType | undefined, () => unknown | Promise<unknown>][] = [
      ['params', desc.params, () => c.req.param()],
      ['query', desc.query, () => c.req.query()],
      ['body', desc.body, () => readJson(c)],
    ];
    for (const [part, schema, read] of inputs) {
      if (!schema) continue;
      const input = await read();
      const refused = forbiddenText(input, part, locale);
      if (refused) throw refused;
      const result = await schema.safeParseAsync(input, markZodWording);
      if (!result.success) throw validationError(result.error.issues, part, locale);
      values[part] = result.data;
    }
    parsedValues.set(c, values);
    if (desc.publicContent) await publicValidators(c, next);
    else await next();
  };
  descriptions.set(middleware, desc);
  return middleware;
}

/** The values `describeRoute()` parsed for this request, typed as its schema's output. */
export function validated<T>(c: Context, part: Part): T {
  const values = parsedValues.get(c);
  if (!values || !(part in values)) {
    throw new Error(`validated(c, '${part}'): this route's describeRoute() has no ${part} schema.`);
  }
  return values[part] as T;
}
