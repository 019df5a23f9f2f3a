import type { CityConfig, Locale } from '@city-app/core';
import type { ReactNode } from 'react';
import { CityApp } from '../app/create-city-web.js';
import type { ApiClient, WebModule } from '../module.js';
import { type Mounted, mount } from './mount.js';

/**
 * The whole app at `url`, as a resident's browser shows it; `wrap` puts the app inside a
 * test's own providers (a device's push, say).
 */
export function mountApp(app: {
  url: string;
  config: CityConfig;
  modules: WebModule[];
  api: ApiClient;
  locale: Locale;
  wrap?: (app: ReactNode) => ReactNode;
}): Mounted {
  window.history.replaceState(null, '', app.url);
  const shell = (
    <CityApp
      config={app.config}
      modules={app.modules}
      api={app.api}
      url={app.url}
      locale={app.locale}
    />
  );
  return mount(app.wrap ? app.wrap(shell) : shell);
}
