// Helpers of the staff screens' component tests: the shell's fake API, and a way to drive the
// page by labels and button names.
import { createTranslator, type Locale } from '@city-app/core';
import { shellMessages } from '@city-app/web';
import { fill, mount as mountNode } from '@city-app/web/testing';
import { act, type ReactNode } from 'react';
import { messages } from '../../messages/index.js';
import type { Staff } from './staff.js';

export { answer as reply, fakeApi, settle } from '@city-app/web/testing';

export function staffFor(
  api: Staff['api'],
  locale: Locale = 'de',
  navigate: (path: string) => void = () => {},
): Staff {
  return { t: createTranslator(locale, shellMessages, messages), locale, api, navigate };
}

/** Mounts a screen in a fresh container; `page()` reads and drives it. */
export function mount(node: ReactNode) {
  const mounted = mountNode(node);
  return { ...mounted, ...page(mounted.container) };
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
      fill(fieldByLabel(label), value);
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
