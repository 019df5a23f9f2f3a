import { createApiClient, type WebModule } from '@city-app/web';
import { mountApp, testCity } from '@city-app/web/testing';
import { councilConfigSchema } from '../src/config.js';
import { type PushAccess, PushAccessContext } from '../src/web/follows/push-access.js';
import councilWeb from '../src/web/index.js';

export { axeViolations, fill, text, waitFor } from '@city-app/web/testing';

const city = testCity('council');

/** A fake API: answers by path with query (or the path alone); anything else is a 404. */
export function fakeServer() {
  const replies = new Map<string, unknown>();
  const requests: string[] = [];
  /** Each call with its method: "PUT /api/council/…". */
  const calls: string[] = [];
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: async (input, init) => {
      const url = new URL(String(input), 'http://localhost');
      const path = `${url.pathname}${url.search}`;
      requests.push(path);
      calls.push(`${init?.method ?? 'GET'} ${path}`);
      if (init?.method === 'PUT' || init?.method === 'DELETE') {
        // A refusal (it has a `code`) answers 409 unless it names its status; a list, 200.
        const reply = replies.get(`${init.method} ${url.pathname}`) as
          | { status?: number; code?: string }
          | undefined;
        if (reply === undefined) return new Response(null, { status: 204 });
        const { status, ...body } = reply;
        return Response.json(body, { status: body.code ? (status ?? 409) : 200 });
      }
      const reply = replies.get(path) ?? replies.get(url.pathname);
      if (reply === undefined) {
        return Response.json({ code: 'not_found', message: 'Nicht gefunden.' }, { status: 404 });
      }
      return Response.json(reply);
    },
  });
  return {
    api,
    requests,
    calls,
    answer: (path: string, reply: unknown) => replies.set(path, reply),
  };
}

/** Renders the app at `url` with the council module in the test's DOM (and a device's push). */
export function renderApp(
  url: string,
  server: ReturnType<typeof fakeServer>,
  locale: 'de' | 'en',
  push?: PushAccess,
) {
  const module: WebModule = { ...councilWeb, options: councilConfigSchema.parse({}) };
  return mountApp({
    url,
    config: city,
    modules: [module],
    api: server.api,
    locale,
    wrap: push
      ? (app) => <PushAccessContext.Provider value={push}>{app}</PushAccessContext.Provider>
      : undefined,
  });
}
