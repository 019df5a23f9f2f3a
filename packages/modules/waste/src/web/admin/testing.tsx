// Helpers of the staff screens' component tests: a fake API and a way to drive the page.
import { createTranslator, type Locale } from '@city-app/core';
import { createApiClient, shellMessages } from '@city-app/web';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { messages } from '../../messages/index.js';
import type { Staff } from './staff.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const REPLY = Symbol('reply');
type Reply = { [REPLY]: true; status: number; body: unknown };
type Handler = (body: unknown, url: URL) => unknown;

/** An answer other than 200 with a JSON body: `reply(409, { code, message, hint, field })`. */
export const reply = (status: number, body?: unknown): Reply => ({ [REPLY]: true, status, body });

/** A server that answers `"METHOD /api/path"` from `routes` and keeps what it was asked. */
export function fakeApi(routes: Record<string, Handler>) {
  const asked: Array<{ method: string; path: string; body: unknown }> = [];
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: async (input, init) => {
      const url = new URL(String(input), 'https://stadt.example');
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      asked.push({ method, path: url.pathname + url.search, body });
      const handler = routes[`${method} ${url.pathname}`];
      if (!handler)
        return new Response(JSON.stringify({ code: 'not_found', message: 'Nicht gefunden.' }), {
          status: 404,
        });
      const result = handler(body, url);
      const answer =
        result && typeof result === 'object' && REPLY in result
          ? (result as Reply)
          : { status: 200, body: result };
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status,
      });
    },
  });
  return { api, asked };
}

export function staffFor(
  api: Staff['api'],
  locale: Locale = 'de',
  navigate: (path: string) => void = () => {},
): Staff {
  return { t: createTranslator(locale, shellMessages, messages), locale, api, navigate };
}

/** Mounts a screen in a fresh container; `page()` reads and drives it. */
export function mount(node: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  act(() => root.render(node));
  return { container, unmount: () => act(() => root.unmount()), ...page(container) };
}

function page(container: HTMLElement) {
  const fieldByLabel = (label: string): HTMLInputElement => {
    const labels = [...container.querySelectorAll('label')];
    // The label's own words (without "(Pflichtfeld)"), else the first label that starts so.
    const own = (l: HTMLLabelElement) =>
      (l.textContent ?? '').replace(/ \((Pflichtfeld|required)\)$/, '');
    const found =
      labels.find((l) => own(l) === label) ??
      labels.find((l) => (l.textContent ?? '').startsWith(label));
    const control = found && document.getElementById(found.htmlFor);
    if (!control) throw new Error(`no field labelled ${label}`);
    return control as HTMLInputElement;
  };
  const button = (name: string | RegExp): HTMLButtonElement => {
    const all = [...container.querySelectorAll('button')];
    const found = all.find((b) => {
      const text = b.getAttribute('aria-label') ?? b.textContent ?? '';
      return typeof name === 'string' ? text === name : name.test(text);
    });
    if (!found)
      throw new Error(
        `no button ${name}: ${all.map((b) => b.getAttribute('aria-label') ?? b.textContent)}`,
      );
    return found;
  };
  return {
    fieldByLabel,
    button,
    /** Types into a field (or chooses in a select) the way React hears it. */
    type(label: string, value: string) {
      const input = fieldByLabel(label);
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
      act(() => {
        setter?.call(input, value);
        input.dispatchEvent(
          new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
        );
      });
    },
    /** Ticks a radio button or checkbox by its label. */
    choose(label: string) {
      act(() => fieldByLabel(label).click());
    },
    async click(name: string | RegExp) {
      await act(async () => button(name).click());
    },
    async submit(form: Element | null = container.querySelector('form')) {
      await act(async () => (form as HTMLFormElement | null)?.requestSubmit());
    },
    text: () => container.textContent ?? '',
    liveRegions: () =>
      [...container.querySelectorAll('[role="status"]')].map((r) => r.textContent ?? ''),
  };
}

/** Lets pending answers of the fake API arrive and the screen render them. */
export async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}
