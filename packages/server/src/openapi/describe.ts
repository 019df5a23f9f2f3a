import { CityAppError, errors, toConfigIssues } from '@city-app/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { hasRole } from '../auth/roles.js';
import { invalidJson } from '../http/errors.js';
import type { CityEnv, RouteDescription } from '../module.js';

type Part = 'body' | 'query' | 'params';

const descriptions = new WeakMap<object, RouteDescription>();
const parsedValues = new WeakMap<object, Partial<Record<Part, unknown>>>();

/** The description a `describeRoute()` middleware carries, if `handler` is one. */
export function descriptionOf(handler: unknown): RouteDescription | undefined {
  return typeof handler === 'function' ? descriptions.get(handler) : undefined;
}

function validationError(error: z.ZodError, part: Part): CityAppError {
  const issues = toConfigIssues(error);
  const first = issues[0] ?? { field: part, message: 'is not valid.' };
  const field = first.field === '(root)' ? part : first.field;
  const message = `${field}: ${first.message}`;
  return new CityAppError({
    code: 'validation_failed',
    title: 'Invalid input',
    message,
    field,
    status: 400,
    ...(issues.length > 1 ? { issues } : {}),
  });
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) throw invalidJson('the body is empty');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidJson((error as Error).message);
  }
}

/** Refuses the request unless a staff member with `role` (or an admin) is logged in. */
export function checkRole(c: Context<CityEnv>, role: string): void {
  const user = c.get('user');
  if (!user) throw errors.unauthenticated();
  if ((user as { mustChangePassword?: boolean }).mustChangePassword) {
    throw new CityAppError({
      code: 'password_change_required',
      title: 'Password change required',
      message: 'This account still uses its one-time password.',
      hint: 'Choose your own password first (POST /api/auth/password).',
      status: 403,
    });
  }
  if (!hasRole(user, role)) throw errors.forbidden(role);
}

/**
 * Describes a route for the OpenAPI document and enforces what it says: the staff `role`
 * (401/403) and the zod schemas of `params`, `query` and `body` (400 `validation_failed`
 * naming the first offending field). Read the parsed values with `validated()`.
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
    const values: Partial<Record<Part, unknown>> = {};
    const inputs: [Part, z.ZodType | undefined, () => unknown | Promise<unknown>][] = [
      ['params', desc.params, () => c.req.param()],
      ['query', desc.query, () => c.req.query()],
      ['body', desc.body, () => readJson(c)],
    ];
    for (const [part, schema, read] of inputs) {
      if (!schema) continue;
      const result = await schema.safeParseAsync(await read());
      if (!result.success) throw validationError(result.error, part);
      values[part] = result.data;
    }
    parsedValues.set(c, values);
    await next();
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
