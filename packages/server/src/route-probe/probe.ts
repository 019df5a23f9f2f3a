import fc from 'fast-check';
import {
  type Examples,
  HOSTILE_STRINGS,
  type JsonSchema,
  objectFor,
  valueFor,
} from './arbitraries.js';

/** What the probe needs of a server: in-process requests (see `createTestServer`). */
export interface ProbedServer {
  request(path: string, init?: RequestInit): Promise<Response>;
}

export interface ProbeCaller {
  /** For the report, e.g. "anonymous" or "library". */
  name: string;
  /** Fresh headers (Cookie, X-CSRF-Token) for each route: a route may end its session. */
  headers(): Promise<Record<string, string>> | Record<string, string>;
}

export interface ProbeOptions {
  callers: ProbeCaller[];
  /** Known good values by field or parameter name, so requests get past "not found". */
  examples?: Examples;
  /** Generated requests per route and caller (default 20; `ROUTE_PROBE_RUNS` overrides). */
  runs?: number;
  /** Seed for fast-check; by default fixed under CI and random elsewhere. */
  seed?: number;
  /** Upper bound of time per route and caller, in milliseconds (default 5000). */
  timeLimitMs?: number;
  /** Routes left alone, as "METHOD /path/{param}". */
  skip?: readonly string[];
}

interface Operation {
  parameters?: { name: string; in: 'path' | 'query'; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: { 'application/json'?: { schema?: JsonSchema } } };
}

interface ProbeRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** A JSON value, or raw text that is not JSON. */
  body: { json: unknown } | { raw: string } | undefined;
}

/** One route answered a generated request in a way no request may be answered. */
export interface ProbeFinding {
  route: string;
  caller: string;
  seed: number;
  problem: string;
}

const RAW_BODIES = ['', 'not json', '{"a":', '[1,', '\u0000', 'null', '"text"', '[]'];

function requestFor(op: Operation, examples: Examples): fc.Arbitrary<ProbeRequest> {
  const params = op.parameters ?? [];
  const part = (where: 'path' | 'query') => {
    const list = params.filter((p) => p.in === where);
    return objectFor(
      {
        type: 'object',
        properties: Object.fromEntries(list.map((p) => [p.name, p.schema ?? {}])),
        required: list.filter((p) => p.required || where === 'path').map((p) => p.name),
      },
      examples,
    );
  };
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const body: fc.Arbitrary<ProbeRequest['body']> = bodySchema
    ? fc.oneof(
        { weight: 8, arbitrary: valueFor(bodySchema, examples).map((json) => ({ json })) },
        { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ raw })) },
      )
    : fc.constant(undefined);
  return fc.record({ path: part('path'), query: part('query'), body });
}

/**
 * `encodeURIComponent`, which throws on a lone surrogate; a client can still send its bytes
 * (`%ED%A0%80`, which is not UTF-8), so those go out as such.
 */
function encodeSegment(text: string): string {
  // Spread by code point: a lone surrogate is an element of its own.
  return [...text]
    .map((char) => {
      if (!/^[\uD800-\uDFFF]$/.test(char)) return encodeURIComponent(char);
      const code = char.charCodeAt(0);
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    })
    .join('');
}

function urlOf(template: string, request: ProbeRequest): string {
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeSegment(String(request.path[name] ?? '')),
  );
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query)) {
    if (value === undefined) continue;
    query.append(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * Why an answer breaks the API's promise, or `undefined`: never a 5xx; every 4xx is JSON
 * with a stable `code` and a `message`; a refused field (`validation_failed`) is named.
 */
export async function brokenPromise(res: Response): Promise<string | undefined> {
  if (res.status >= 500) return `answered ${res.status}: ${(await res.text()).slice(0, 300)}`;
  if (res.status < 400) return undefined;
  const text = await res.text();
  let body: { code?: unknown; message?: unknown; field?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return `answered ${res.status} without JSON: ${text.slice(0, 200)}`;
  }
  if (typeof body.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(body.code)) {
    return `answered ${res.status} without a stable code: ${text.slice(0, 200)}`;
  }
  if (typeof body.message !== 'string' || !body.message) {
    return `answered ${res.status} without a message: ${text.slice(0, 200)}`;
  }
  if (body.code === 'validation_failed' && (typeof body.field !== 'string' || !body.field)) {
    return `answered validation_failed without naming the field: ${text.slice(0, 200)}`;
  }
  return undefined;
}

function defaultSeed(): number {
  return process.env.CI ? 20261205 : Math.floor(Math.random() * 2 ** 31);
}

/**
 * Sends generated requests, valid-ish and hostile, to every route in the server's OpenAPI
 * document as each caller, and returns every answer that breaks the API's promise (see
 * `brokenPromise`), shrunk by fast-check to a small request. An empty list is a pass.
 */
export async function probeRoutes(
  server: ProbedServer,
  options: ProbeOptions,
): Promise<ProbeFinding[]> {
  const doc = (await (await server.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  const runs = Number(process.env.ROUTE_PROBE_RUNS) || options.runs || 20;
  const seed = options.seed ?? defaultSeed();
  const skip = new Set(options.skip ?? []);
  const findings: ProbeFinding[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const route = `${method.toUpperCase()} ${path}`;
      if (skip.has(route)) continue;
      for (const caller of options.callers) {
        const property = fc.asyncProperty(
          requestFor(op, options.examples ?? {}),
          async (request) => {
            const headers = new Headers(await caller.headers());
            headers.set('accept-language', 'de');
            let body: string | undefined;
            if (request.body) {
              headers.set('content-type', 'application/json');
              body = 'raw' in request.body ? request.body.raw : JSON.stringify(request.body.json);
            }
            const res = await server.request(urlOf(path, request), {
              method: method.toUpperCase(),
              headers,
              ...(body === undefined ? {} : { body }),
            });
            const problem = await brokenPromise(res);
            if (problem) throw new Error(problem);
          },
        );
        let result = await fc.check(property, {
          numRuns: runs,
          seed,
          // On a slow machine the runs stop at the limit and what ran counts. (Skipping the rest
          // instead would fail the property for too many skipped runs, with no counterexample.)
          interruptAfterTimeLimit: options.timeLimitMs ?? 5000,
        });
        // Stopped before one request finished (a login's password hash on a busy machine):
        // fast-check calls that a failure without a counterexample. One run, however long it
        // takes, still tests the route.
        if (result.interrupted && result.numRuns === 0) {
          result = await fc.check(property, { numRuns: 1, seed });
        }
        if (result.failed) {
          findings.push({
            route,
            caller: caller.name,
            seed,
            problem: `${(result.errorInstance as Error | undefined)?.message ?? 'failed'} — request ${fc.stringify(result.counterexample)}`,
          });
        }
      }
    }
  }
  return findings;
}

export { HOSTILE_STRINGS };
