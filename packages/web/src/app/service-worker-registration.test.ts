import { afterEach, describe, expect, it, vi } from 'vitest';
import { type RegistrationPage, registerServiceWorker } from './service-worker-registration.js';

/** A page in a given loading state that fires `load` when told to, as a browser does once. */
function pageIn(readyState: DocumentReadyState, register = vi.fn(async () => ({}))) {
  const listeners: Array<() => void> = [];
  const page: RegistrationPage & { fireLoad(): void } = {
    document: { readyState },
    addEventListener: (_type, listener) => listeners.push(listener),
    navigator: { serviceWorker: { register } },
    fireLoad() {
      (this.document as { readyState: DocumentReadyState }).readyState = 'complete';
      for (const listener of listeners.splice(0)) listener();
    },
  };
  return { page, register };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('registerServiceWorker', () => {
  it('registers at once when the page finished loading before the shell got here', () => {
    const { page, register } = pageIn('complete');
    registerServiceWorker('/sw.js', page);
    expect(register).toHaveBeenCalledExactlyOnceWith('/sw.js', { scope: '/' });
  });

  it.each(['loading', 'interactive'] as const)(
    'waits for the load event while the page is %s, then registers once',
    (state) => {
      const { page, register } = pageIn(state);
      registerServiceWorker('/sw.js', page);
      expect(register).not.toHaveBeenCalled();
      page.fireLoad();
      expect(register).toHaveBeenCalledExactlyOnceWith('/sw.js', { scope: '/' });
    },
  );

  it('does nothing without a service worker URL (a dev build) or without service workers', () => {
    const { page, register } = pageIn('complete');
    registerServiceWorker('', page);
    expect(register).not.toHaveBeenCalled();
    const bare: RegistrationPage = { ...page, navigator: {} };
    expect(() => registerServiceWorker('/sw.js', bare)).not.toThrow();
  });

  it('warns when the browser refuses, without an unhandled rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refused = new DOMException('refused', 'SecurityError');
    const { page } = pageIn(
      'complete',
      vi.fn(async () => {
        throw refused;
      }),
    );
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      registerServiceWorker('/sw.js', page);
      await new Promise((done) => setTimeout(done, 10));
      expect(unhandled).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/not offline/), refused);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
