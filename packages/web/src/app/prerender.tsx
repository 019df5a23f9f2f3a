import type { CityConfig } from '@city-app/core';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createApiClient } from '../api/api-client.js';
import type { WebModule } from '../module.js';
import { initialLocale } from './context.js';
import { CityApp, preloadHomeWidgets } from './create-city-web.js';
import { prerenderedKey } from './prerender-key.js';

export { PRERENDERED_ATTRIBUTE, prerenderedKey } from './prerender-key.js';

export interface PrerenderedScreen {
  /** The markup to put inside the mount element. */
  html: string;
  /** What the mount element's {@link PRERENDERED_ATTRIBUTE} must say. */
  key: string;
}

/**
 * Renders the home screen as the app's first render in the browser shows it (town's default
 * language, widgets still loading their data), for index.html. The browser then shows the
 * header, the headings and the widgets' frames with the HTML and the stylesheet, before any
 * script ran, and React adopts the markup instead of building it again.
 */
export async function prerenderHome(
  config: CityConfig,
  modules: readonly WebModule[],
): Promise<PrerenderedScreen> {
  await preloadHomeWidgets(modules, '/');
  const html = renderToString(
    <StrictMode>
      <CityApp
        config={config}
        modules={modules}
        // Effects do not run here: nothing is fetched.
        api={createApiClient({ fetch: () => Promise.reject(new Error('not in the browser')) })}
        url="/"
      />
    </StrictMode>,
  );
  return { html, key: prerenderedKey('/', initialLocale(config, null)) };
}
