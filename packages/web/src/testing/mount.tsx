import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

// React's `act()` warns unless the test environment says it supports it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLElement;
  unmount(): void;
}

/** Renders `node` into a fresh container in the test's DOM; `unmount()` removes it again. */
export function mount(node: ReactNode): Mounted {
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
