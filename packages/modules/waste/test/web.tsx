import { createApiClient, type ScreenProps, type WebModule } from '@city-app/web';
import { type Mounted, mountApp, testCity } from '@city-app/web/testing';
import type { ComponentType } from 'react';
import { wasteConfigSchema } from '../src/config.js';
import manifest from '../src/index.js';
import wasteWeb from '../src/web/index.js';

export { axeViolations, click, fill as type, text, waitFor } from '@city-app/web/testing';

export const city = testCity('waste');

/** A fake server: answers by "METHOD path" (path with query), records every request. */
export interface FakeServer {
  requests: { method: string; path: string; body: unknown }[];
  answer(route: string, reply: unknown | ((body: unknown) => unknown), status?: number): void;
  /** Every request fails as if the network were down. */
  offline: boolean;
}

export function fakeServer(): FakeServer & { api: ReturnType<typeof createApiClient> } {
  const replies = new Map<string, { reply: unknown; status: number }>();
  const server: FakeServer = {
    requests: [],
    offline: false,
    answer(route, reply, status = 200) {
      replies.set(route, { reply, status });
    },
  };
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: async (input, init) => {
      const url = new URL(String(input), 'http://localhost');
      const method = init?.method ?? 'GET';
      const path = `${url.pathname}${url.search}`;
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      server.requests.push({ method, path, body });
      if (server.offline) throw new TypeError('Failed to fetch');
      const found = replies.get(`${method} ${path}`) ?? replies.get(`${method} ${url.pathname}`);
      if (!found) {
        return Response.json({ code: 'not_found', message: 'Nicht gefunden.' }, { status: 404 });
      }
      const data = typeof found.reply === 'function' ? found.reply(body) : found.reply;
      return Response.json(data, { status: found.status });
    },
  });
  return Object.assign(server, { api });
}

/** The waste module as the Vite plugin hands it to the shell: with its options. */
export function wasteModule(extra: Partial<WebModule> = {}): WebModule {
  return { ...wasteWeb, options: wasteConfigSchema.parse({}), ...extra };
}

/** A module with one test page showing `View`, for parts that are not screens. */
export function moduleShowing(View: ComponentType<ScreenProps>): WebModule {
  return wasteModule({
    manifest: { ...manifest, screens: { resident: ['test'] } },
    routes: [{ path: 'test', screen: async () => ({ default: View }) }],
  });
}

export type Rendered = Mounted;

/** Renders the whole app at `url` in the test's DOM. */
export function renderApp(
  url: string,
  api: FakeServer & { api: ReturnType<typeof createApiClient> },
  options: { locale?: 'de' | 'en'; module?: WebModule } = {},
): Rendered {
  return mountApp({
    url,
    config: city,
    modules: [options.module ?? wasteModule()],
    api: api.api,
    locale: options.locale ?? 'de',
  });
}
