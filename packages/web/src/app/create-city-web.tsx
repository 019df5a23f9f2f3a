import '@city-app/ui/styles.css';
import type { CityConfig } from '@city-app/core';
import { applyTheme } from '@city-app/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../api/api-client.js';
import type { ApiClient, WebModule } from '../module.js';
import { SERVICE_WORKER_META } from '../plugin/html-constants.js';
import { RouterProvider } from '../router/router.js';
import { type AccessibilityConformity, CityProvider, type SettingsSection } from './context.js';
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
 * Starts fetching the home widgets' code at once when the app opens on the home screen, so it
 * loads while React renders the shell instead of after. React.lazy calls the same loaders later
 * and gets the module already on its way; a failure is left to it (it shows "try again").
 */
export function preloadHomeWidgets(modules: readonly WebModule[], pathname: string): void {
  if (pathname !== '/') return;
  for (const module of modules) module.homeWidget?.().catch(() => undefined);
}

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
 * Starts the town's app in the browser: applies the town's colours, mounts the shell into
 * `#root` and registers the service worker of a built app.
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
  preloadHomeWidgets(modules, window.location.pathname);
  applyTheme(config.branding);
  document.documentElement.lang = config.locales[0] ?? 'de';
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <CityApp
        config={config}
        modules={modules}
        api={options.api ?? createApiClient()}
        settingsSections={options.settingsSections}
        accessibility={options.accessibility}
      />
    </StrictMode>,
  );
  registerServiceWorker();
  return { unmount: () => root.unmount() };
}
