import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { RouteSecret } from '../module.js';
import {
  type Examples,
  type JsonSchema,
  wellFormedObjectFor,
  wellFormedValueFor,
} from '../route-probe/arbitraries.js';

/** The parts of an OpenAPI operation a request is built from. */
export interface Operation {
  parameters?: { name: string; in: 'path' | 'query'; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: { 'application/json'?: { schema?: JsonSchema } } };
}

export interface BuiltRequest {
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** One value, the same on every run: the matrix compares callers on the same request. */
function sampleOf<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arbitrary, { numRuns: 1, seed })[0] as T;
}

function schemaOfSecret(op: Operation, secret: RouteSecret): JsonSchema {
  if (secret.in === 'path')
    return op.parameters?.find((p) => p.in === 'path' && p.name === secret.name)?.schema ?? {};
  if (secret.in === 'body')
    return op.requestBody?.content?.['application/json']?.schema?.properties?.[secret.name] ?? {};
  return {};
}

/** A secret of the right shape that belongs to no record. */
export function wrongSecretFor(op: Operation, secret: RouteSecret): string {
  if (schemaOfSecret(op, secret).format === 'uuid') return randomUUID();
  return randomBytes(24).toString('base64url');
}

/**
 * A well-formed request for `op`: path parameters and body fields from `examples` (values of
 * real records) or generated from the schema, required query parameters only, and `secret`
 * (the caller's own or a wrong one) where the route declares it travels.
 */
export function buildRequest(
  path: string,
  op: Operation,
  options: { examples: Examples; seed: number; secret?: { where: RouteSecret; value: string } },
): BuiltRequest {
  const { examples, seed, secret } = options;
  const headers: Record<string, string> = {};
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (secret?.where.in === 'path' && secret.where.name === name)
      return encodeURIComponent(secret.value);
    const schema = op.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
    return encodeURIComponent(String(sampleOf(wellFormedValueFor(schema, examples, name), seed)));
  });
  const query = new URLSearchParams();
  for (const p of op.parameters ?? []) {
    if (p.in !== 'query' || !(p.required || examples[p.name]?.length)) continue;
    const value = sampleOf(wellFormedValueFor(p.schema ?? {}, examples, p.name), seed);
    query.append(p.name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  let body: Record<string, unknown> | undefined;
  if (bodySchema) {
    body = sampleOf(wellFormedObjectFor(bodySchema, examples), seed);
    if (secret?.where.in === 'body') body[secret.where.name] = secret.value;
    headers['content-type'] = 'application/json';
  }
  if (secret?.where.in === 'bearer') headers.authorization = `Bearer ${secret.value}`;
  const search = query.toString();
  return {
    url: search ? `${filled}?${search}` : filled,
    headers,
    ...(body ? { body: JSON.stringify(body) } : {}),
  };
}
