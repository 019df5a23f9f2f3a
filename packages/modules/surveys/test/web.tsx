// The component tests' world: a fake API answering by "METHOD /api/path", the whole app
// around a resident screen, staff in either language, and axe-core on what was rendered.
import { createTranslator, type Locale } from '@city-app/core';
import { createApiClient, shellMessages, type WebModule } from '@city-app/web';
import { mount, mountApp, testCity, text } from '@city-app/web/testing';
import { act, type ReactNode } from 'react';
import { surveysConfigSchema } from '../src/config.js';
import { messages } from '../src/messages/index.js';
import type { Staff } from '../src/web/admin/staff.js';
import surveysWeb from '../src/web/index.js';

export { axeViolations, fill, text, waitFor } from '@city-app/web/testing';

export const city = testCity('surveys');

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

/** The whole app at `url` with the surveys module, in `locale`. */
export function renderApp(url: string, api: Staff['api'], locale: Locale = 'de') {
  const module: WebModule = { ...surveysWeb, options: surveysConfigSchema.parse({}) };
  return mountApp({ url, config: city, modules: [module], api, locale });
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
