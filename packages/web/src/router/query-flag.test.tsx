// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useQueryFlag } from './query-flag.js';
import { RouterProvider, useRouter } from './router.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

/** Says whether the page was told it was just published, and what the router's address is. */
function Published() {
  const published = useQueryFlag('veroeffentlicht');
  const { location } = useRouter();
  return (
    <p>
      {published ? 'veröffentlicht' : 'unverändert'} {location.pathname}
      {location.search}
      {location.hash}
    </p>
  );
}

function open(address: string): () => string {
  window.history.replaceState(null, '', address);
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root?.render(
      <RouterProvider>
        <Published />
      </RouterProvider>,
    ),
  );
  return () => host.textContent ?? '';
}

describe('useQueryFlag', () => {
  it('keeps the flag for the screen and takes it out of the address, with no new history entry', () => {
    const entries = window.history.length;
    const text = open('/admin/veranstaltungen/1?veroeffentlicht&seite=2#termine');
    expect(text()).toBe('veröffentlicht /admin/veranstaltungen/1?seite=2#termine');
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/admin/veranstaltungen/1?seite=2#termine',
    );
    expect(window.history.length).toBe(entries);
  });

  it('is false, and leaves the address alone, when the address has no such flag', () => {
    const text = open('/admin/veranstaltungen/1?seite=2');
    expect(text()).toBe('unverändert /admin/veranstaltungen/1?seite=2');
    expect(window.location.search).toBe('?seite=2');
  });

  it('leaves no question mark behind when the flag was the whole query', () => {
    const text = open('/admin/veranstaltungen/1?veroeffentlicht');
    expect(text()).toBe('veröffentlicht /admin/veranstaltungen/1');
    expect(window.location.href).toMatch(/\/admin\/veranstaltungen\/1$/);
  });
});
