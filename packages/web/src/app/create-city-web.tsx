import '@city-app/ui/styles.css';
import type { CityConfig, Locale } from '@city-app/core';
import { applyTheme } from '@city-app/ui';
import { StrictMode, startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createApiClient } from '../api/api-client.js';
import type { ApiClient, WebModule } from '../module.js';
import { SERVICE_WORKER_META, THEME_IN_STYLESHEET_KEY } from '../plugin/html-constants.js';
import { RouterProvider } from '../router/router.js';
import {
  type AccessibilityConformity,
  CityProvider,
  initialLocale,
  type SettingsSection,
  storedLocale,
} from './context.js';
import { isDataWidget, preloadWidgetData } from './home-data.js';
import { preloadLazy } from './lazy.js';
import { PRERENDERED_ATTRIBUTE, prerenderedKey } from './prerender-key.js';
import { registerServiceWorker } from './service-worker-registration.js';
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
  /** The language to start in; by default the one chosen on this device (read from storage). */
  locale?: Locale;
  /** Draw the first home screen in short tasks (frame, then each widget); see ShellValue. */
  startInTasks?: boolean;
}

/** The whole app as a component: router, town context and shell. */
export function CityApp({
  config,
  modules,
  api,
  settingsSections,
  accessibility,
  url,
  locale,
  startInTasks,
}: CityAppProps) {
  return (
    <RouterProvider url={url}>
      <CityProvider
        city={config}
        api={api}
        modules={modules}
        settingsSections={settingsSections}
        accessibility={accessibility}
        initialLocale={locale}
        startInTasks={startInTasks}
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
 * Starts loading the home widgets at once when the app opens on the home screen: their code
 * and, when an `api` is given, the data of widgets declared with `defineHomeWidget`.
 * Settles when everything has arrived or failed. Arrived parts render without a Suspense round
 * or a spinner; a failure is left to the home screen (it shows "try again").
 */
export function preloadHomeWidgets(
  modules: readonly WebModule[],
  pathname: string,
  api?: ApiClient,
): Promise<void> {
  if (pathname !== '/') return Promise.resolve();
  return Promise.all(
    modules.flatMap((module) => {
      const widget = module.homeWidget;
      if (!widget) return [];
      if (!isDataWidget(widget)) return [preloadLazy(widget)];
      const code = preloadLazy(widget.component);
      return api ? [code, preloadWidgetData(widget, api)] : [code];
    }),
  ).then(() => undefined);
}

/** Resolves in a task of its own, so the work before and after it are two short tasks, not one long one. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How long the first render waits for home widgets (code that loads on demand, and data).
 * Long enough for one quick round trip, so the home screen appears complete instead of with
 * spinners that each cost another render; short enough that a slow widget never holds the
 * page back — it then shows its spinner.
 */
const WIDGET_WAIT_MS = 400;

/** The built app's service worker, named by the Vite plugin in index.html (none in dev). */
function serviceWorkerUrl(): string {
  return (
    document.querySelector<HTMLMetaElement>(`meta[name="${SERVICE_WORKER_META}"]`)?.content ?? ''
  );
}

/** Whether the Vite plugin wrote the town's colours into the stylesheet (it marks the config). */
function themeInStylesheet(config: CityConfig): boolean {
  return Symbol.for(THEME_IN_STYLESHEET_KEY) in config;
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
  const api = options.api ?? createApiClient();
  const prerendered = element.getAttribute(PRERENDERED_ATTRIBUTE);
  element.removeAttribute(PRERENDERED_ATTRIBUTE);
  if (!themeInStylesheet(config)) applyTheme(config.branding);
  const app = (locale: Locale, startInTasks = false) => (
    <StrictMode>
      <CityApp
        config={config}
        modules={modules}
        api={api}
        settingsSections={options.settingsSections}
        accessibility={options.accessibility}
        locale={locale}
        startInTasks={startInTasks}
      />
    </StrictMode>
  );
  // A prerendered page is adopted if it shows this route in the resident's language. That is
  // decided at once: the page is on screen already.
  const adoptLocale = prerendered === null ? null : initialLocale(config, storedLocale());
  if (adoptLocale && prerendered === prerenderedKey(pathname, adoptLocale)) {
    // Its widgets show their loading state, as rendered; their data follows the adoption.
    preloadHomeWidgets(modules, pathname);
    document.documentElement.lang = adoptLocale;
    // React adopts the markup the build rendered into index.html. As a transition, the
    // adoption yields to the browser every few milliseconds instead of holding the main
    // thread while the page is already on screen.
    let root: { unmount(): void } | undefined;
    startTransition(() => {
      root = hydrateRoot(element, app(adoptLocale), {
        onRecoverableError: (error) =>
          console.warn('city-app: the prerendered page differed; it was rendered again.', error),
      });
    });
    registerServiceWorker(serviceWorkerUrl());
    return { unmount: () => root?.unmount() };
  }
  const widgets = preloadHomeWidgets(modules, pathname, api);
  // The first storage access waits for the browser; in a task of its own it holds nothing up.
  // A prerendered page in another language has read it already, above.
  let locale = adoptLocale;
  if (!locale) {
    await nextTask();
    locale = initialLocale(config, storedLocale());
  }
  document.documentElement.lang = locale;
  // Markup for another screen or language (e.g. the cached home page offline on another
  // route) is replaced, not adopted.
  element.replaceChildren();
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    widgets,
    new Promise((resolve) => (timer = setTimeout(resolve, WIDGET_WAIT_MS))),
  ]);
  clearTimeout(timer);
  // The render gets a task of its own, after the one that received the last widget's answer.
  await nextTask();
  const root = createRoot(element);
  // Rendered at once, not scheduled: nothing is on screen to interact with before it, and one
  // task finishes sooner than a scheduled render after it.
  flushSync(() => root.render(app(locale, true)));
  registerServiceWorker(serviceWorkerUrl());
  return { unmount: () => root.unmount() };
}
