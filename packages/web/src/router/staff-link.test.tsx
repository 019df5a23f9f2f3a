// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { StaffLink } from './staff-link.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function link(current?: boolean) {
  const went: string[] = [];
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root?.render(
      <StaffLink staff={{ navigate: (to) => went.push(to) }} to="/admin/orte" current={current}>
        Orte
      </StaffLink>,
    ),
  );
  const a = host.querySelector('a') as HTMLAnchorElement;
  return { a, went };
}

const click = (a: HTMLAnchorElement, init: MouseEventInit = {}) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  act(() => {
    a.dispatchEvent(event);
  });
  return event;
};

describe('StaffLink', () => {
  it('is a real link that stays in the app on a plain click', () => {
    const { a, went } = link();
    expect(a.getAttribute('href')).toBe('/admin/orte');
    expect(a.hasAttribute('aria-current')).toBe(false);
    expect(click(a).defaultPrevented).toBe(true);
    expect(went).toEqual(['/admin/orte']);
  });

  it('leaves a click with a modifier or another button to the browser (a new tab)', () => {
    const { a, went } = link();
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(click(a, init).defaultPrevented).toBe(false);
    }
    expect(went).toEqual([]);
  });

  it('marks the current page', () => {
    expect(link(true).a.getAttribute('aria-current')).toBe('page');
  });
});
