/** The parts of the page that registering the service worker touches; tests pass their own. */
export interface RegistrationPage {
  readonly document: { readonly readyState: DocumentReadyState };
  addEventListener(type: 'load', listener: () => void, options?: { once: boolean }): void;
  readonly navigator: {
    readonly serviceWorker?: {
      register(url: string, options: { scope: string }): Promise<unknown>;
    };
  };
}

/**
 * Registers the built app's service worker once the page has loaded, so its precaching does
 * not compete with the first screen for the network. The shell calls this after awaits, when
 * the `load` event may have fired already: then it registers at once, since a listener added
 * now would never run and the app would never work offline.
 */
export function registerServiceWorker(
  url: string,
  page: RegistrationPage = globalThis as unknown as RegistrationPage,
): void {
  const container = page.navigator.serviceWorker;
  if (!url || !container) return;
  const register = () => {
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
