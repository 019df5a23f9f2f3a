import { defineCity } from '@city-app/core';
import { CityApp, createApiClient, type WebModule } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { ComponentType } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { eventsConfigSchema } from '../src/config.js';
import eventsWeb from '../src/web/index.js';

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
  modules: { events: {} },
});

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
  window.history.replaceState(null, '', url);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <CityApp config={city} modules={[module]} api={server.api} url={url} locale={locale} />,
    ),
  );
  return {
    container,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export type Rendered = ReturnType<typeof renderApp>;

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

/** Sets a field's value the way React notices (text, search, date inputs and selects). */
export function fill(element: Element | null | undefined, value: string) {
  const prototype =
    element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) {
    throw new Error('no field');
  }
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

export const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * axe-core's rules on what is rendered. Colour contrast needs a real layout engine (the
 * browser suites check it); names, roles, labels, table headers and lists hold here too.
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
