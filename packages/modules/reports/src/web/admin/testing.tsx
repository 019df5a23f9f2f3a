// Helpers of the staff screens' component tests: a fake API that records what it was asked,
// and a page to read and drive the way a person does, by labels and button names.
import { createTranslator, type Locale } from '@city-app/core';
import { createApiClient, shellMessages } from '@city-app/web';
import axe from 'axe-core';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { expect } from 'vitest';
import { messages } from '../../messages/index.js';
import { staffMessages } from '../../messages/staff.js';
import type { Staff } from './staff.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ANSWER = Symbol('answer');
type Answer = { [ANSWER]: true; status: number; body: unknown };
type Route = (body: unknown, url: URL) => unknown;
export type Asked = { method: string; path: string; body: unknown };

/** An answer other than 200, e.g. `answer(409, { code, message, hint, field })`. */
export const answer = (status: number, body?: unknown): Answer => ({
  [ANSWER]: true,
  status,
  body,
});

/** A server answering `"METHOD /api/path"` from `routes` (404 otherwise); `asked` lists calls. */
export function fakeApi(routes: Record<string, Route>) {
  const asked: Asked[] = [];
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: async (input, init) => {
      const url = new URL(String(input), 'https://hagenow.example');
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      asked.push({ method, path: url.pathname + url.search, body });
      const route = routes[`${method} ${url.pathname}`];
      const result = route
        ? route(body, url)
        : answer(404, { code: 'not_found', message: 'Nicht gefunden.' });
      const { status, body: out } =
        result && typeof result === 'object' && ANSWER in result
          ? (result as Answer)
          : { status: 200, body: result };
      return new Response(out === undefined ? null : JSON.stringify(out), { status });
    },
  });
  return { api, asked };
}

/** A staff member in `locale`, in Hagenow's zone; `navigate` records where screens send them. */
export function staffFor(
  api: Staff['api'],
  locale: Locale = 'de',
  navigate: (path: string) => void = () => {},
): Staff {
  const t = createTranslator(locale, shellMessages, messages, staffMessages);
  return { t, locale, timeZone: 'Europe/Berlin', api, navigate };
}

/** Lets the fake API's answers arrive and the screen render them. */
export async function settle() {
  for (let i = 0; i < 6; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

/** Renders a screen into a fresh container and returns ways to read and drive it. */
export function render(node: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));

  const control = (label: string): HTMLInputElement => {
    const own = (l: HTMLLabelElement) =>
      (l.textContent ?? '').replace(/ \((Pflichtfeld|required)\)$/, '');
    const labels = [...container.querySelectorAll('label')];
    const found = labels.find((l) => own(l) === label);
    const element = found && document.getElementById(found.htmlFor);
    if (!element) throw new Error(`no control labelled "${label}"`);
    return element as HTMLInputElement;
  };
  const button = (name: string): HTMLButtonElement => {
    const all = [...document.querySelectorAll('button')];
    const found = all.find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
    if (!found) {
      const names = all.map((b) => b.getAttribute('aria-label') ?? b.textContent);
      throw new Error(`no button "${name}" among ${names.join(' | ')}`);
    }
    return found;
  };

  return {
    container,
    control,
    button,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
    /** Types into a text field, or picks an option of a select, as React hears it. */
    fill(label: string, value: string) {
      const input = control(label);
      const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
      act(() => {
        setValue?.call(input, value);
        const kind = input instanceof HTMLSelectElement ? 'change' : 'input';
        input.dispatchEvent(new Event(kind, { bubbles: true }));
      });
    },
    /** Clicks a radio button or checkbox by its label. */
    tick(label: string) {
      act(() => control(label).click());
    },
    async press(name: string) {
      await act(async () => button(name).click());
      await settle();
    },
    async submit(form: Element | null | undefined) {
      await act(async () => (form as HTMLFormElement).requestSubmit());
      await settle();
    },
    text: () => container.textContent ?? '',
    /** The error summary's entries: the link target and the message. */
    summary: () =>
      [...container.querySelectorAll('.city-error-summary a')].map((a) => [
        a.getAttribute('href'),
        a.textContent,
      ]),
  };
}

/**
 * What every staff screen must be: one heading, its place in the navigation marked
 * (`current`, or none), no key shown for a text, buttons named as they read (WCAG 2.5.3),
 * and no axe violations.
 */
export async function expectWellFormed(container: HTMLElement, current: string | null) {
  expect(container.querySelectorAll('h1')).toHaveLength(1);
  const here = container.querySelector('nav a[aria-current="page"]');
  expect(here?.getAttribute('href') ?? null).toBe(current);
  expect(container.querySelector('.city-spinner, [role="progressbar"]')).toBeNull();
  expect(container.textContent ?? '').not.toMatch(/reports\.[a-zA-Z]+\./);
  for (const button of container.querySelectorAll('button[aria-label]')) {
    const shown = (button.textContent ?? '').trim().toLowerCase();
    expect(button.getAttribute('aria-label')?.toLowerCase().startsWith(shown)).toBe(true);
  }
  const result = await axe.run(container, {
    // happy-dom lays nothing out, so contrast is for the browser journeys.
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
  ).toEqual([]);
}
