import '@city-app/ui/styles.css';
import type { CityConfig } from '@city-app/core';
import { applyTheme, themeVariables } from '@city-app/ui';
import { StrictMode, startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createApiClient } from '../api/api-client.js';
import type { ApiClient, WebModule } from '../module.js';
import { SERVICE_WORKER_META } from '../plugin/html-constants.js';
import { RouterProvider } from '../router/router.js';
import {
  type AccessibilityConformity,
  CityProvider,
  initialLocale,
  type SettingsSection,
  storedLocale,
} from './context.js';
import { preloadLazy } from './lazy.js';
import { PRERENDERED_ATTRIBUTE, prerenderedKey } from './prerender-key.js';
import { Shell } from './shell.js';

export interface CityWebOptions {
  /** The modules' web parts; by default those the Vite plugin found (`virtual:city-app/modules`). */
  modules?: WebModule[];
  /** Where to mount; defaults to `#root`. */
  root?: Element | string;
  /** Extension point of the settings page (e.g. "Meine Interessen" from @city-app/notify). */
  settingsSections?: SettingsSection[];
  /** The town's own conformity statement; default "partially compliant" with the usual limitations. */
  accessibility?: AccessibilityConformity;
  api?: ApiClient;
}

export interface CityAppProps {
  config: CityConfig;
  modules: readonly WebModule[];
  api: ApiClient;
  settingsSections?: readonly SettingsSection[];
  accessibility?: AccessibilityConformity;
  /** Location to render where there is no browser (server rendering, tests). */
  url?: string;
}

/** The whole app as a component: router, town context and shell. */
export function CityApp({
  config,
  modules,
  api,
  settingsSections,
  accessibility,
  url,
}: CityAppProps) {
  return (
    <RouterProvider url={url}>
      <CityProvider
        city={config}
        api={api}
        modules={modules}
        settingsSections={settingsSections}
        accessibility={accessibility}
      >
        <Shell />
      </CityProvider>
    </RouterProvider>
  );
}

async function defaultModules(): Promise<WebModule[]> {
  const virtual = await import('virtual:city-app/modules');
  return virtual.modules;
}

/**
 * Starts fetching the home widgets' code at once when the app opens on the home screen;
 * settles when every widget has arrived or failed. Arrived widgets render without a Suspense
 * round; a failure is left to the home screen (it shows "try again").
 */
export function preloadHomeWidgets(modules: readonly WebModule[], pathname: string): Promise<void> {
  if (pathname !== '/') return Promise.resolve();
  return Promise.all(
    modules.flatMap((module) => (module.homeWidget ? [preloadLazy(module.homeWidget)] : [])),
  ).then(() => undefined);
}

/**
 * How long the first render waits for home widgets that load on demand (widgets a module ships
 * with its web entry are there at once). Long enough for one quick round trip, so the home
 * screen appears complete instead of with spinners that each cost another render; short
 * enough that a slow widget never holds the page back — it then shows its spinner.
 */
const WIDGET_WAIT_MS = 400;

function registerServiceWorker(): void {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${SERVICE_WORKER_META}"]`);
  if (!meta?.content || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(meta.content, { scope: '/' }).catch((error: unknown) => {
      console.warn(
        'city-app: the service worker could not be registered; the app works, but not offline.',
        error,
      );
    });
  });
}

/**
 * Whether the stylesheet already has the town's colours (the Vite plugin writes them into it).
 * Setting them again on <html> would restyle a page that is already on screen.
 */
function themeInStylesheet(config: CityConfig): boolean {
  const style = getComputedStyle(document.documentElement);
  return Object.entries(themeVariables(config.branding)).every(
    ([name, value]) => style.getPropertyValue(name).trim().toLowerCase() === value.toLowerCase(),
  );
}

/**
 * Starts the town's app in the browser: applies the town's colours, mounts the shell into
 * `#root` (adopting the home screen the build rendered into index.html, see prerender.tsx)
 * and registers the service worker of a built app.
 */
export async function createCityWeb(
  config: CityConfig,
  options: CityWebOptions = {},
): Promise<{ unmount(): void }> {
  const element =
    typeof options.root === 'string'
      ? document.querySelector(options.root)
      : (options.root ?? document.getElementById('root'));
  if (!element)
    throw new Error(
      'createCityWeb() found no element to mount into: add <div id="root"></div> to index.html.',
    );
  const modules = options.modules ?? (await defaultModules());
  const { pathname } = window.location;
  const widgets = preloadHomeWidgets(modules, pathname);
  if (!themeInStylesheet(config)) applyTheme(config.branding);
  document.documentElement.lang = config.locales[0] ?? 'de';
  const app = (
    <StrictMode>
      <CityApp
        config={config}
        modules={modules}
        api={options.api ?? createApiClient()}
        settingsSections={options.settingsSections}
        accessibility={options.accessibility}
      />
    </StrictMode>
  );
  const prerendered = element.getAttribute(PRERENDERED_ATTRIBUTE);
  element.removeAttribute(PRERENDERED_ATTRIBUTE);
  if (
    prerendered !== null &&
    prerendered === prerenderedKey(pathname, initialLocale(config, storedLocale()))
  ) {
    // The build rendered this screen into index.html: React adopts that markup. As a
    // transition, the adoption yields to the browser every few milliseconds instead of
    // holding the main thread while the page is already on screen.
    let root: { unmount(): void } | undefined;
    startTransition(() => {
      root = hydrateRoot(element, app, {
        onRecoverableError: (error) =>
          console.warn('city-app: the prerendered page differed; it was rendered again.', error),
      });
    });
    registerServiceWorker();
    return { unmount: () => root?.unmount() };
  }
  // Markup for another screen or language (e.g. the cached home page offline on another
  // route) is replaced, not adopted.
  element.replaceChildren();
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    widgets,
    new Promise((resolve) => (timer = setTimeout(resolve, WIDGET_WAIT_MS))),
  ]);
  clearTimeout(timer);
  const root = createRoot(element);
  // The first render runs at once, in the task that started the app, instead of in a task of
  // its own: nothing is on screen to interact with before it, and one task finishes sooner
  // than the script and a scheduled render one after the other.
  flushSync(() => root.render(app));
  registerServiceWorker();
  return { unmount: () => root.unmount() };
}
