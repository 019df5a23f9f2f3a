import type { CityConfig } from '@city-app/core';
import type { DevicePushState } from '@city-app/notify/browser';
import { createApiClient, type WebModule } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { mountApp, testCity } from '@city-app/web/testing';
import { act, type ComponentType } from 'react';
import { reportsConfigSchema } from '../src/config.js';
import type { PushAccess } from '../src/web/device/push-access.js';
import { PushAccessContext } from '../src/web/device/use-device.js';
import reportsWeb from '../src/web/index.js';

export { axeViolations, fill as type, text, waitFor } from '@city-app/web/testing';

export const city = testCity('reports');

/** One request the screens sent: its method, path with query, headers and JSON body. */
export interface SentRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * A fake API: answers by "METHOD path?query", else "METHOD path", records every request, and
 * refuses what it was not told with a catalogue-like 404. `offline` drops every request.
 */
export function fakeApi() {
  const replies = new Map<string, { reply: unknown; status: number }>();
  const sent: SentRequest[] = [];
  const server = {
    sent,
    offline: false,
    /** Answers "METHOD path" from now on (a later answer replaces an earlier one). */
    answer(route: string, reply: unknown, status = 200) {
      replies.set(route, { reply, status });
    },
    api: createApiClient({
      csrfToken: () => undefined,
      fetch: async (input, init) => {
        const url = new URL(String(input), 'http://localhost');
        const method = init?.method ?? 'GET';
        const path = `${url.pathname}${url.search}`;
        sent.push({
          method,
          path,
          headers: { ...(init?.headers as Record<string, string>) },
          body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
        });
        if (server.offline) throw new TypeError('Failed to fetch');
        const found = replies.get(`${method} ${path}`) ?? replies.get(`${method} ${url.pathname}`);
        if (!found) {
          return Response.json({ code: 'not_found', message: 'Nicht gefunden.' }, { status: 404 });
        }
        return found.status === 204
          ? new Response(null, { status: 204 })
          : Response.json(found.reply, { status: found.status });
      },
    }),
  };
  return server;
}
export type FakeApi = ReturnType<typeof fakeApi>;

/** A device's push as a test wants it: `enable` records its calls and may fail. */
export function fakePush(known: Partial<DevicePushState> = {}, enabled = DEVICE) {
  const calls: string[] = [];
  const push: PushAccess & { calls: string[]; problem: unknown } = {
    calls,
    problem: null,
    support: () => 'supported',
    state: async () => ({ installationId: null, subscribed: false, preferences: null, ...known }),
    enable: async () => {
      calls.push('enable');
      if (push.problem) throw push.problem;
      return enabled;
    },
  };
  return push;
}
export const DEVICE = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';

/**
 * The module as the Vite plugin hands it to the shell, its screens with the given push;
 * `screens` puts other components at some of its paths.
 */
export function reportsModule(
  push: PushAccess,
  screens: Record<string, ComponentType<ScreenProps>> = {},
): WebModule {
  const withPush = (load: () => Promise<{ default: ComponentType<ScreenProps> }>) => async () => {
    const { default: Screen } = await load();
    return {
      default: (props: ScreenProps) => (
        <PushAccessContext.Provider value={push}>
          <Screen {...props} />
        </PushAccessContext.Provider>
      ),
    };
  };
  return {
    ...reportsWeb,
    options: reportsConfigSchema.parse({}),
    routes: reportsWeb.routes.map((route) => {
      const own = screens[route.path];
      return { ...route, screen: withPush(own ? async () => ({ default: own }) : route.screen) };
    }),
  } as WebModule;
}

/** Renders the whole app at `url` in the test's DOM; `unmount()` removes it again. */
export function renderApp(
  url: string,
  server: FakeApi,
  push: PushAccess,
  locale: 'de' | 'en' = 'de',
  screens: Record<string, ComponentType<ScreenProps>> = {},
  config: CityConfig = city,
) {
  return mountApp({
    url,
    config,
    modules: [reportsModule(push, screens)],
    api: server.api,
    locale,
  });
}
export type Rendered = ReturnType<typeof renderApp>;

/** Presses an element the keyboard's way: focus it, then activate it as Enter or Space would. */
export function press(element: Element | null | undefined) {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to press');
  act(() => {
    element.focus();
    element.click();
  });
}
