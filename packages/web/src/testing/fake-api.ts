import { createApiClient } from '../api/api-client.js';
import type { ApiClient } from '../module.js';

const ANSWER = Symbol('answer');
type Answer = { [ANSWER]: true; status: number; body: unknown };
type Route = (body: unknown, url: URL) => unknown;
export type Asked = { method: string; path: string; body: unknown };

/** An answer other than 200, e.g. `answer(409, { code, message, hint, field })`. */
export const answer = (status: number, body?: unknown): Answer => ({
  [ANSWER]: true,
  status,
  body,
});

/**
 * A server answering `"METHOD /api/path"` from `routes` (a route returns the JSON body of a
 * 200, or an `answer`); anything else is the kernel's 404. `asked` lists every call.
 */
export function fakeApi(routes: Record<string, Route>): { api: ApiClient; asked: Asked[] } {
  const asked: Asked[] = [];
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: async (input, init) => {
      const url = new URL(String(input), 'https://hagenow.example');
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      asked.push({ method, path: url.pathname + url.search, body });
      const route = routes[`${method} ${url.pathname}`];
      const result = route
        ? route(body, url)
        : answer(404, { code: 'not_found', message: 'Nicht gefunden.' });
      const { status, body: out } =
        result && typeof result === 'object' && ANSWER in result
          ? (result as Answer)
          : { status: 200, body: result };
      return new Response(out === undefined ? null : JSON.stringify(out), { status });
    },
  });
  return { api, asked };
}
