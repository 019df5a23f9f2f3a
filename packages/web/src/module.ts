/**
 * The browser side of the module contract: what a module's `./web` entry exports. The
 * Vite plugin (`@city-app/web/vite`) imports the `./web` entry of every enabled module;
 * the shell mounts their screens by route and their widgets on the home screen.
 * Screens load on demand so the home screen stays small.
 */
import type { CityConfig, Locale, ModuleMeta, Translate } from '@city-app/core';
import type { ComponentType } from 'react';

export type Lazy<P> = () => Promise<{ default: ComponentType<P> }>;

export interface ScreenProps {
  /** Route parameters, e.g. `{ slug: 'baustelle-lange-strasse' }` for `/news/:slug`. */
  params: Record<string, string>;
}

export interface WebRoute {
  /** Path below the module's base path: '' for the list, ':slug' for a detail. */
  path: string;
  screen: Lazy<ScreenProps>;
}

/** What a home widget with its own data gets from the shell. */
export interface HomeWidgetProps<T> {
  data: T;
}

/**
 * A home widget whose data the shell loads. The app starts `data()` as it opens, next to the
 * widget's code, so the home screen's first render shows the widget complete: no spinner, no
 * second render when the answer arrives. On a later visit to the home screen the widget shows
 * the data it had at once and refreshes it. Loading, failure and "try again" are the shell's.
 */
export interface HomeWidgetWithData<T> {
  data(api: ApiClient): Promise<T>;
  component: Lazy<HomeWidgetProps<T>>;
}

/** Types a widget's data and component together (the object itself is returned unchanged). */
export function defineHomeWidget<T>(widget: HomeWidgetWithData<T>): HomeWidgetWithData<T> {
  return widget;
}

export interface WebModule {
  /** Plain data (no config schema), so the browser bundle carries no validation library. */
  manifest: ModuleMeta;
  /** Resident screens under the module's base path (`manifest.path`). */
  routes: WebRoute[];
  /** Staff screens under `/admin<manifest.path>`; shown only to the given role (or admin). */
  admin?: { role: string; routes: WebRoute[] };
  /**
   * A small card for the home screen, "alles auf einen Blick": a component that loads what it
   * shows itself, or (better for the first screen) one whose data the shell loads, see
   * `defineHomeWidget`.
   */
  // biome-ignore lint/suspicious/noExplicitAny: each module's widget has data of its own type
  homeWidget?: Lazy<Record<string, never>> | HomeWidgetWithData<any>;
}

export function defineWebModule(module: WebModule): WebModule {
  return module;
}

/** What `useCity()` gives a module's screens. */
export interface CityContextValue {
  city: CityConfig;
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  /** fetch for the city's own API: JSON in and out, CSRF header added, errors thrown as ApiError. */
  api: ApiClient;
  navigate(path: string): void;
  /** The signed-in staff member on /admin screens, else null. */
  user: {
    id: string;
    email: string;
    name: string;
    roles: string[];
    /** True until the one-time password is replaced (the first login's step). */
    mustChangePassword?: boolean;
  } | null;
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
}
