import { createApiClient, type WebModule } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { mountApp, testCity } from '@city-app/web/testing';
import type { ComponentType } from 'react';
import { eventsConfigSchema } from '../src/config.js';
import eventsWeb from '../src/web/index.js';

export { axeViolations, click, fill, text, waitFor } from '@city-app/web/testing';

export const city = testCity('events');

/**
 * A fake server for the residents' screens: answers by "GET path?query" (or the path alone),
 * records every request's path, and refuses what it was not told with a catalogue-like 404.
 */
export function fakeServer() {
  const replies = new Map<string, { reply: unknown; status: number }>();
  const requests: string[] = [];
  /** Every request with its method and JSON body, for what screens send. */
  const calls: { method: string; path: string; body: unknown }[] = [];
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: async (input, init) => {
      const url = new URL(String(input), 'http://localhost');
      const path = `${url.pathname}${url.search}`;
      const method = init?.method ?? 'GET';
      requests.push(path);
      calls.push({
        method,
        path,
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      });
      // "PUT /path" for one method; else by its path with or without its query.
      const found =
        replies.get(`${method} ${url.pathname}`) ?? replies.get(path) ?? replies.get(url.pathname);
      if (!found) {
        return Response.json({ code: 'not_found', message: 'Nicht gefunden.' }, { status: 404 });
      }
      return found.status === 204
        ? new Response(null, { status: 204 })
        : Response.json(found.reply, { status: found.status });
    },
  });
  return {
    api,
    requests,
    calls,
    answer(path: string, reply: unknown, status = 200) {
      replies.set(path, { reply, status });
    },
  };
}

export type FakeServer = ReturnType<typeof fakeServer>;

/** The events module as the Vite plugin hands it to the shell: with its options. */
export function eventsModule(): WebModule {
  return { ...eventsWeb, options: eventsConfigSchema.parse({}) };
}

/** The events module showing `View` at `/veranstaltungen/test`, for one part on its own. */
export function moduleShowing(View: ComponentType<ScreenProps>): WebModule {
  return {
    ...eventsModule(),
    manifest: { ...eventsWeb.manifest, screens: { resident: ['test'] } },
    routes: [{ path: 'test', screen: async () => ({ default: View }) }],
  } as WebModule;
}

/** Renders the whole app at `url` in the test's DOM; `unmount()` removes it again. */
export function renderApp(
  url: string,
  server: FakeServer,
  locale: 'de' | 'en' = 'de',
  module: WebModule = eventsModule(),
) {
  return mountApp({ url, config: city, modules: [module], api: server.api, locale });
}

export type Rendered = ReturnType<typeof renderApp>;
