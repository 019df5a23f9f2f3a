import { z } from 'zod';
import type { RouteDescription } from '../module.js';
import { descriptionOf } from './describe.js';

type JsonSchema = Record<string, unknown>;

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    code: { type: 'string', description: 'Stable error code, e.g. validation_failed.' },
    message: { type: 'string' },
    field: { type: 'string', description: 'Dotted path of the offending field.' },
    hint: { type: 'string' },
  },
  required: ['code', 'message'],
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

/** Hono's `/news/:slug` and `/x/:id{[0-9]+}` as OpenAPI's `/news/{slug}` and `/x/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, '{$1}');
}

function parameters(desc: RouteDescription, path: string): JsonSchema[] {
  const result: JsonSchema[] = [];
  const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const paramSchema = desc.params ? jsonSchema(desc.params, 'input') : undefined;
  const paramProps = (paramSchema?.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of pathNames) {
    result.push({
      name,
      in: 'path',
      required: true,
      schema: paramProps[name] ?? { type: 'string' },
    });
  }
  if (desc.query) {
    const querySchema = jsonSchema(desc.query, 'input');
    const required = new Set((querySchema.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries(
      (querySchema.properties ?? {}) as Record<string, JsonSchema>,
    )) {
      result.push({
        name,
        in: 'query',
        required: required.has(name),
        schema,
        ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      });
    }
  }
  return result;
}

function operation(desc: RouteDescription, path: string, method: string): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, response] of Object.entries(desc.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.schema
        ? {
            content: {
              [response.contentType ?? 'application/json']: {
                schema: jsonSchema(response.schema, 'output'),
              },
            },
          }
        : {}),
    };
  }
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  if (desc.publicContent)
    responses['304'] ??= {
      description: 'Not modified: the `ETag` named in `If-None-Match` is still current.',
    };
  if (desc.params || desc.query || desc.body)
    responses['400'] ??= error('Invalid input (`validation_failed`, naming the field).');
  if (desc.signedIn && !desc.role) responses['401'] ??= error('Not logged in (`unauthenticated`).');
  if (desc.signedIn && desc.anyRole && !desc.role)
    responses['403'] ??= error('A staff account without any role.');
  if (desc.role) {
    responses['401'] ??= error('Not logged in (`unauthenticated`).');
    responses['403'] ??= error(
      `Lacks the role "${desc.role}" (\`forbidden\`), or the CSRF token is missing (\`csrf_failed\`).`,
    );
  }
  const params = parameters(desc, path);
  return {
    summary: desc.summary,
    ...(desc.description ? { description: desc.description } : {}),
    ...(desc.tags?.length ? { tags: desc.tags } : {}),
    operationId: `${method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
    ...(params.length ? { parameters: params } : {}),
    ...(desc.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(desc.body, 'input') } },
          },
        }
      : {}),
    responses,
    ...(desc.role ? { security: [{ cookieAuth: [] }], 'x-required-role': desc.role } : {}),
    ...(desc.signedIn && !desc.role ? { security: [{ cookieAuth: [] }], 'x-signed-in': true } : {}),
    ...(desc.signedIn && desc.anyRole && !desc.role ? { 'x-any-role': true } : {}),
    // Who may call it is part of the contract: the authorization matrix reads it from here.
    ...(desc.secret ? { 'x-secret': { ...desc.secret } } : {}),
  };
}

/**
 * The OpenAPI 3.1 document of every described `/api` route of the composed app, found by
 * walking `app.routes` for the middleware `describeRoute()` made.
 */
export function buildOpenApiDocument(
  app: { routes: readonly { path: string; method: string; handler: unknown }[] },
  info: OpenApiInfo,
): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of app.routes) {
    if (!route.path.startsWith('/api/') || route.method === 'ALL') continue;
    const desc = descriptionOf(route.handler);
    if (!desc) continue;
    const path = openApiPath(route.path);
    const method = route.method.toLowerCase();
    paths[path] ??= {};
    (paths[path] as Record<string, JsonSchema>)[method] = operation(desc, path, method);
  }
  const sorted = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));
  return {
    openapi: '3.1.0',
    info,
    paths: sorted,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        cookieAuth: {
          type: 'apiKey',
          in: 'cookie',
          name: 'city_app_session',
          description:
            'Staff session from POST /api/auth/login. Unsafe requests must also send the header X-CSRF-Token with the csrfToken of the login answer (also in the city_app_csrf cookie).',
        },
      },
    },
  };
}
