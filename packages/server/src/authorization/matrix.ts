import { descriptionOf } from '../openapi/describe.js';
import { openApiPath } from '../openapi/document.js';
import type { Examples } from '../route-probe/arbitraries.js';
import {
  type AccessFields,
  accessOf,
  type CallerIdentity,
  describeAccess,
  expectationFor,
  statusProblem,
} from './access.js';
import { buildRequest, type Operation, wrongSecretFor } from './request.js';

/** What the matrix needs of a server: in-process requests, and the app to find every route. */
export interface AuthorizedServer {
  request(path: string, init?: RequestInit): Promise<Response>;
  app?: { routes: readonly { path: string; method: string; handler: unknown }[] };
}

export interface AuthorizationCaller extends CallerIdentity {
  /** For the table, e.g. "anonymous", "resident (link)", "library". */
  name: string;
  /** Fresh headers (Cookie, X-CSRF-Token) for each request: a route may end its session. */
  headers?(): Promise<Record<string, string>> | Record<string, string>;
  /** Text of this caller's own records (name, e-mail, tokens) no other resident may see. */
  private?: readonly string[];
}

export interface AuthorizationOptions {
  callers: AuthorizationCaller[];
  /** Values of real records by parameter or field name, so requests reach a record. */
  examples?: Examples;
  /** Routes left alone, as "METHOD /path/{param}". */
  skip?: readonly string[];
  /** Seed of the generated parts of requests (default fixed: every run sends the same). */
  seed?: number;
}

export interface AuthorizationCell {
  route: string;
  /** How the route declares its access, e.g. "role library", "secret private-link". */
  access: string;
  caller: string;
  status: number;
  /** Why the answer breaks what the route declares; absent when it holds. */
  problem?: string;
}

export interface AuthorizationMatrix {
  cells: AuthorizationCell[];
  /** The cells whose answer breaks the declaration, and API routes the document lacks. */
  problems: AuthorizationCell[];
  /** Route × caller → status, one line per route; `!` marks a problem. */
  table(): string;
}

/** Reading first, then changing, deleting last: reading routes meet the records the test made. */
function stage(method: string): number {
  return method === 'get' ? 0 : method === 'delete' ? 2 : 1;
}

/** API routes with a handler but without `describeRoute()`: their access is unchecked. */
function undescribedRoutes(app: NonNullable<AuthorizedServer['app']>): string[] {
  const described = new Set<string>();
  const all = new Set<string>();
  for (const route of app.routes) {
    if (!route.path.startsWith('/api/') || route.method === 'ALL') continue;
    const key = `${route.method} ${openApiPath(route.path)}`;
    all.add(key);
    if (descriptionOf(route.handler)) described.add(key);
  }
  return [...all].filter((key) => !described.has(key)).sort();
}

/** Text a caller other than `caller` holds, found in `text`; staff may see residents' data. */
function leakIn(
  text: string,
  caller: AuthorizationCaller,
  callers: readonly AuthorizationCaller[],
  wrongSecret: boolean,
): string | undefined {
  if (caller.roles && !wrongSecret) return undefined;
  for (const other of callers) {
    if (other === caller && !wrongSecret) continue;
    const found = other.private?.find((value) => value && text.includes(value));
    if (found) return `the answer contains "${found}" of ${other.name}`;
  }
  return undefined;
}

function tableOf(cells: readonly AuthorizationCell[], callers: readonly string[]): string {
  const routes = [...new Set(cells.map((c) => c.route))];
  const width = Math.max(...routes.map((r) => r.length), 5);
  const accessWidth = Math.max(...cells.map((c) => c.access.length), 6);
  const columns = callers.map((name) => Math.max(name.length, 4));
  const line = (route: string, access: string, values: string[]) =>
    `${route.padEnd(width)}  ${access.padEnd(accessWidth)}  ${values.map((v, i) => v.padEnd(columns[i] as number)).join('  ')}`.trimEnd();
  const rows = [line('route', 'access', [...callers])];
  for (const route of routes) {
    const mine = cells.filter((c) => c.route === route);
    const values = callers.map((name) => {
      const cell = mine.find((c) => c.caller === name);
      return cell ? `${cell.status}${cell.problem ? '!' : ''}` : '';
    });
    rows.push(line(route, mine[0]?.access ?? '', values));
  }
  return rows.join('\n');
}

/**
 * Sends one well-formed request to every route of the server's OpenAPI document as each
 * caller, and checks the answer against the access the route declares (`role`, `signedIn`,
 * `secret` of `describeRoute()`): without the role 401 (no session) or 403, never 2xx or 5xx;
 * with it, never refused; a wrong secret refused (a 2xx only where it opens a new record).
 * No resident or stranger ever sees text of another caller's records (`private`). Changing
 * routes run after reading ones and deleting ones last, so reads meet the records the test made.
 */
export async function authorizationMatrix(
  server: AuthorizedServer,
  options: AuthorizationOptions,
): Promise<AuthorizationMatrix> {
  const doc = (await (await server.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, Operation & AccessFields>>;
  };
  const skip = new Set(options.skip ?? []);
  const seed = options.seed ?? 20261205;
  const operations = Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
    .sort((a, b) => stage(a.method) - stage(b.method));
  const cells: AuthorizationCell[] = [];
  for (const { path, method, op } of operations) {
    const route = `${method.toUpperCase()} ${path}`;
    if (skip.has(route)) continue;
    const access = accessOf(op);
    for (const caller of options.callers) {
      const expectation = expectationFor(access, caller);
      const secret =
        access.kind === 'secret'
          ? {
              where: access.secret,
              value: caller.secrets?.[access.secret.kind] ?? wrongSecretFor(op, access.secret),
            }
          : undefined;
      const built = buildRequest(path, op, {
        examples: options.examples ?? {},
        seed,
        ...(secret ? { secret } : {}),
      });
      const headers = new Headers(caller.headers ? await caller.headers() : {});
      for (const [name, value] of Object.entries(built.headers)) headers.set(name, value);
      headers.set('accept-language', 'de');
      const res = await server.request(built.url, {
        method: method.toUpperCase(),
        headers,
        ...(built.body === undefined ? {} : { body: built.body }),
      });
      const text = await res.text();
      const problem =
        statusProblem(expectation, res.status, access) ??
        leakIn(text, caller, options.callers, expectation === 'wrong-secret');
      cells.push({
        route,
        access: describeAccess(access),
        caller: caller.name,
        status: res.status,
        ...(problem ? { problem: `${problem} — ${text.slice(0, 200)}` } : {}),
      });
    }
  }
  const missing: AuthorizationCell[] = (server.app ? undescribedRoutes(server.app) : [])
    .filter((route) => !skip.has(route))
    .map((route) => ({
      route,
      access: 'undescribed',
      caller: '-',
      status: 0,
      problem: 'not in the OpenAPI document: describe it with describeRoute()',
    }));
  const names = options.callers.map((c) => c.name);
  return {
    cells,
    problems: [...cells.filter((c) => c.problem), ...missing],
    table: () => tableOf(cells, names),
  };
}
