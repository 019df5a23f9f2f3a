import { defineCity } from '@city-app/core';
import { CityApp, createApiClient, type WebModule } from '@city-app/web';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { councilConfigSchema } from '../src/config.js';
import { type PushAccess, PushAccessContext } from '../src/web/follows/push-access.js';
import councilWeb from '../src/web/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const city = defineCity({
  town: { name: 'Hagenow', state: 'DE-MV' },
  locales: ['de', 'en'],
  legal: {
    imprint: { organisation: 'Stadt Hagenow', address: 'Markt 1', email: 'info@hagenow.example' },
    privacy: { controller: 'Stadt Hagenow', email: 'datenschutz@hagenow.example' },
    accessibility: { contactEmail: 'barrierefrei@hagenow.example' },
    feedbackEmail: 'feedback@hagenow.example',
  },
  modules: { council: {} },
});

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
  window.history.replaceState(null, '', url);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      push ? (
        <PushAccessContext.Provider value={push}>
          <CityApp config={city} modules={[module]} api={server.api} url={url} locale={locale} />
        </PushAccessContext.Provider>
      ) : (
        <CityApp config={city} modules={[module]} api={server.api} url={url} locale={locale} />
      ),
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

/** Types into a field as a person would: React sees the input event. */
export function fill(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** axe-core on what is rendered (contrast needs a real layout engine; the rest holds here). */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = (await import('axe-core')).default;
  const result = await axe.run(element, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
