import { act } from 'react';

/**
 * Sets a text field's, text area's or select's value the way React notices: through the
 * element's own value setter, then the event a person's typing or choosing fires.
 */
export function fill(element: Element | null | undefined, value: string): void {
  if (
    !(
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement
    )
  )
    throw new Error('no field');
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

export function click(element: Element | null | undefined): void {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
}

/** An element's text as a person reads it: white space collapsed, ends trimmed. */
export const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
