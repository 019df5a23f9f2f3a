// The component tests' world: a fake API answering by "METHOD /api/path", the whole app
// around a resident screen, staff in either language, and axe-core on what was rendered.
import { createTranslator, defineCity, type Locale } from '@city-app/core';
import { CityApp, createApiClient, shellMessages, type WebModule } from '@city-app/web';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { surveysConfigSchema } from '../src/config.js';
import { messages } from '../src/messages/index.js';
import type { Staff } from '../src/web/admin/staff.js';
import surveysWeb from '../src/web/index.js';

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
  modules: { surveys: {} },
});

export type Reply = { status?: number; body?: unknown };

/** A server answering `"METHOD /api/path"` (404 otherwise); `calls` lists what was sent. */
export function fakeServer(routes: Record<string, Reply | ((body: unknown) => Reply)>) {
  const calls: { method: string; path: string; body: unknown; headers: Headers }[] = [];
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: async (input, init) => {
      const url = new URL(String(input), 'http://localhost');
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, path: url.pathname, body, headers: new Headers(init?.headers) });
      const route = routes[`${method} ${url.pathname}`];
      const reply = typeof route === 'function' ? route(body) : route;
      if (!reply)
        return Response.json({ code: 'not_found', message: 'Nicht gefunden.' }, { status: 404 });
      const status = reply.status ?? 200;
      return status === 204
        ? new Response(null, { status })
        : Response.json(reply.body, { status });
    },
  });
  return { api, calls };
}

function mount(node: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));
  return {
    container,
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The whole app at `url` with the surveys module, in `locale`. */
export function renderApp(url: string, api: Staff['api'], locale: Locale = 'de') {
  window.history.replaceState(null, '', url);
  const module: WebModule = { ...surveysWeb, options: surveysConfigSchema.parse({}) };
  return mount(<CityApp config={city} modules={[module]} api={api} url={url} locale={locale} />);
}

/** A staff screen on its own, with a staff member in `locale`. */
export function renderStaff(
  view: (staff: Staff) => ReactNode,
  api: Staff['api'],
  locale: Locale = 'de',
) {
  const navigated: string[] = [];
  const t = createTranslator(locale, shellMessages, messages);
  const staff: Staff = {
    t,
    locale,
    timeZone: 'Europe/Berlin',
    api,
    navigate: (p) => navigated.push(p),
  };
  return { ...mount(view(staff)), navigated };
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

export const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Clicks what `selector` finds among buttons and labels by its text. */
export async function press(container: Element, name: string) {
  const found = [...container.querySelectorAll('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`no button "${name}"`);
  await act(async () => found.click());
}

export function tick(container: Element, label: string) {
  const found = [...container.querySelectorAll('label')].find(
    (l) => text(l).replace(/ \((Pflichtfeld|required)\)$/, '') === label,
  );
  const control = found && document.getElementById(found.htmlFor);
  if (!control) throw new Error(`no control labelled "${label}"`);
  act(() => control.click());
  return control as HTMLInputElement;
}

/** Sets a field's value as React hears it. */
export function fill(control: Element | null, value: string) {
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement))
    throw new Error('no field');
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set;
  act(() => {
    setter?.call(control, value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** axe-core's rules on what is rendered (contrast needs a real layout: the browser checks it). */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = (await import('axe-core')).default;
  const result = await axe.run(element, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
