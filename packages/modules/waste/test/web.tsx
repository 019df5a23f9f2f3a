import { defineCity } from '@city-app/core';
import { CityApp, createApiClient, type ScreenProps, type WebModule } from '@city-app/web';
import type { ComponentType } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { wasteConfigSchema } from '../src/config.js';
import manifest from '../src/index.js';
import wasteWeb from '../src/web/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const city = defineCity({
  town: { name: 'Hagenow', state: 'DE-MV' },
  locales: ['de', 'en'],
  legal: {
    imprint: { organisation: 'Stadt Hagenow', address: 'Markt 1', email: 'info@hagenow.example' },
    privacy: { controller: 'Stadt Hagenow', email: 'datenschutz@hagenow.example' },
    accessibility: { contactEmail: 'barrierefrei@hagenow.example' },
    feedbackEmail: 'feedback@hagenow.example',
  },
  modules: { waste: {} },
});

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

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

/** Renders the whole app at `url` in the test's DOM. */
export function renderApp(
  url: string,
  api: FakeServer & { api: ReturnType<typeof createApiClient> },
  options: { locale?: 'de' | 'en'; module?: WebModule } = {},
): Rendered {
  window.history.replaceState(null, '', url);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <CityApp
        config={city}
        modules={[options.module ?? wasteModule()]}
        api={api.api}
        url={url}
        locale={options.locale ?? 'de'}
      />,
    ),
  );
  return {
    container,
    root,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Waits (letting React work) until `check` passes, or fails with its last error. */
export async function waitFor<T>(check: () => T, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      return check();
    } catch (error) {
      last = error;
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  throw last;
}

export function click(element: Element | null | undefined) {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
}

/** Types into an input the way React notices. */
export function type(input: Element | null | undefined, value: string) {
  if (!(input instanceof HTMLInputElement)) throw new Error('no input');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');

/**
 * axe-core's rules on what is rendered. Colour contrast needs a real layout engine (the
 * browser suites check it); everything else — names, roles, labels, table headers, lists —
 * holds in this DOM too.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = (await import('axe-core')).default;
  const result = await axe.run(element, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
