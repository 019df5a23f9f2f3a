import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHE_LOADED_MAX_URLS, CACHE_LOADED_MESSAGE } from '../plugin/html-constants.js';
import { type RegistrationPage, registerServiceWorker } from './service-worker-registration.js';

const ORIGIN = 'https://app.wittenburg.example';

/**
 * A page in a given loading state that fires `load` when told to, as a browser does once, and
 * whose worker takes control when told to.
 */
function pageIn(
  readyState: DocumentReadyState,
  register = vi.fn(async () => ({})),
  resources: string[] = [],
) {
  const onLoad: Array<() => void> = [];
  const onControl: Array<() => void> = [];
  const messages: unknown[] = [];
  const container = {
    controller: null as { postMessage(message: unknown): void } | null,
    register,
    addEventListener: (_type: 'controllerchange', listener: () => void) => onControl.push(listener),
  };
  const page: RegistrationPage & { fireLoad(): void; takeControl(): void } = {
    document: { readyState },
    location: { origin: ORIGIN },
    performance: { getEntriesByType: () => resources.map((name) => ({ name })) },
    addEventListener: (_type, listener) => onLoad.push(listener),
    navigator: { serviceWorker: container },
    fireLoad() {
      (this.document as { readyState: DocumentReadyState }).readyState = 'complete';
      for (const listener of onLoad.splice(0)) listener();
    },
    takeControl() {
      container.controller = { postMessage: (message) => messages.push(message) };
      for (const listener of onControl.splice(0)) listener();
    },
  };
  return { page, register, messages, container };
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

  it('names the API answers it loaded to the worker that takes control on a first visit', () => {
    const api = (i: number) => `${ORIGIN}/api/news?page=${i}`;
    const resources = [
      `${ORIGIN}/assets/index-a1.js`,
      api(0),
      api(0),
      'https://elsewhere.example/api/news',
      ...Array.from({ length: CACHE_LOADED_MAX_URLS + 5 }, (_, i) => api(i + 1)),
    ];
    const { page, messages } = pageIn('complete', undefined, resources);
    registerServiceWorker('/sw.js', page);
    expect(messages).toEqual([]);
    page.takeControl();
    expect(messages).toEqual([
      {
        type: CACHE_LOADED_MESSAGE,
        urls: Array.from({ length: CACHE_LOADED_MAX_URLS }, (_, i) => api(i)),
      },
    ]);
  });

  it('sends nothing when a worker controls the page already (a later visit)', () => {
    const { page, messages, container } = pageIn('complete', undefined, [`${ORIGIN}/api/news`]);
    const posted: unknown[] = [];
    container.controller = { postMessage: (message) => posted.push(message) };
    registerServiceWorker('/sw.js', page);
    page.takeControl();
    expect([...messages, ...posted]).toEqual([]);
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
