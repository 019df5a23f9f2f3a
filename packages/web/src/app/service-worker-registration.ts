import { CACHE_LOADED_MAX_URLS, CACHE_LOADED_MESSAGE } from '../plugin/html-constants.js';

/** The parts of the page that registering the service worker touches; tests pass their own. */
export interface RegistrationPage {
  readonly document: { readonly readyState: DocumentReadyState };
  readonly location: { readonly origin: string };
  readonly performance: { getEntriesByType(type: 'resource'): ReadonlyArray<{ name: string }> };
  addEventListener(type: 'load', listener: () => void, options?: { once: boolean }): void;
  readonly navigator: {
    readonly serviceWorker?: {
      readonly controller: { postMessage(message: unknown): void } | null;
      register(url: string, options: { scope: string }): Promise<unknown>;
      addEventListener(
        type: 'controllerchange',
        listener: () => void,
        options?: { once: boolean },
      ): void;
    };
  };
}

/** The town's API answers this page loaded, e.g. the home widgets' data. */
function loadedApiAnswers(page: RegistrationPage): string[] {
  const urls = new Set<string>();
  for (const entry of page.performance.getEntriesByType('resource')) {
    if (entry.name.startsWith(`${page.location.origin}/api/`)) urls.add(entry.name);
  }
  return [...urls].slice(0, CACHE_LOADED_MAX_URLS);
}

/**
 * Registers the built app's service worker once the page has loaded, so its precaching does
 * not compete with the first screen for the network. The shell calls this after awaits, when
 * the `load` event may have fired already: then it registers at once, since a listener added
 * now would never run and the app would never work offline.
 *
 * On a first visit the page loads its content before any worker controls it; when the new
 * worker takes control, the page names those answers so the worker keeps them for offline use.
 */
export function registerServiceWorker(
  url: string,
  page: RegistrationPage = globalThis as unknown as RegistrationPage,
): void {
  const container = page.navigator.serviceWorker;
  if (!url || !container) return;
  const register = () => {
    if (!container.controller) {
      container.addEventListener(
        'controllerchange',
        () =>
          container.controller?.postMessage({
            type: CACHE_LOADED_MESSAGE,
            urls: loadedApiAnswers(page),
          }),
        { once: true },
      );
    }
    container.register(url, { scope: '/' }).catch((error: unknown) => {
      console.warn(
        'city-app: the service worker could not be registered; the app works, but not offline.',
        error,
      );
    });
  };
  if (page.document.readyState === 'complete') register();
  else page.addEventListener('load', register, { once: true });
}
