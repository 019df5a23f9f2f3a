import { act, type ReactNode } from 'react';
import { fill } from './fields.js';
import { mount } from './mount.js';
import { settle } from './wait-for.js';

/**
 * Renders a screen into a fresh container and returns ways to read and drive it as a person
 * does: fields by their label, buttons by their name.
 */
export function render(node: ReactNode) {
  const { container, unmount } = mount(node);

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
    unmount,
    /** Types into a text field, or picks an option of a select, as React hears it. */
    fill(label: string, value: string) {
      fill(control(label), value);
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
