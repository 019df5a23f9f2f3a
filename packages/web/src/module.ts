/**
 * The browser side of the module contract: what a module's `./web` entry exports. The
 * Vite plugin (`@city-app/web/vite`) imports the `./web` entry of every enabled module;
 * the shell mounts their screens by route and their widgets on the home screen.
 * Screens load on demand so the home screen stays small.
 */
import {
  CityAppError,
  type CityConfig,
  type Locale,
  type Localized,
  type ModuleMeta,
  moduleContractErrors,
  type ScreenDeclaration,
  type Translate,
} from '@city-app/core';
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
  /**
   * The card's heading when it should say what the card shows ("Nächste Abholung") rather
   * than the module's title; the link below the card still names the module. `{town}` in it
   * becomes the town's name ("Demnächst in {town}").
   */
  title?: Localized;
  /**
   * Whether the data gives the card anything to show. A widget that has nothing to say most
   * of the time (no survey open) leaves no empty box: without data that shows something, the
   * home screen draws no card for it at all, not even while the data is on its way.
   */
  shows?(data: T): boolean;
  /**
   * About how tall the widget usually is: the card keeps this much room while its data and
   * code load, so the page below does not jump when the widget appears, and gives it back
   * once the widget is drawn, so a card with less to show leaves no empty space. `short`
   * (the default) is a line or two, `medium` two or three short entries, `tall` three or
   * more teasers of a few lines each (`--city-widget-room-*` in `@city-app/ui`'s styles).
   */
  usualHeight?: WidgetHeight;
}

/** How tall a home widget usually is; see `HomeWidgetWithData.usualHeight`. */
export type WidgetHeight = 'short' | 'medium' | 'tall';

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
  /** The module's section of "Meine Einstellungen", below the shell's own; loads with that page. */
  settings?: ModuleSettingsSection;
  /**
   * The module's options, defaults applied and validated by its schema: filled in by the Vite
   * plugin at build time. Screens read them with `useModule()`.
   */
  options?: unknown;
}

/** A module's part of the settings page: a heading and the panel under it. */
export interface ModuleSettingsSection {
  title: Localized;
  panel: Lazy<Record<string, never>>;
}

/** The patterns a manifest declares for one side, or any string when it declares none. */
type DeclaredPatterns<M, Side extends keyof ScreenDeclaration> = M extends {
  screens: { [K in Side]: readonly (infer P extends string)[] };
}
  ? P
  : M extends { screens: ScreenDeclaration }
    ? never
    : string;

/** A screen for each pattern the manifest declares (`screens` in `defineModuleMeta`). */
export type ScreensOf<M, Side extends keyof ScreenDeclaration> = Record<
  DeclaredPatterns<M, Side>,
  Lazy<ScreenProps>
>;

/** What a module's `./web` entry declares; `defineWebModule` turns it into the shell's routes. */
export interface WebModuleDefinition<M extends ModuleMeta> {
  manifest: M;
  /** Resident screens by the manifest's pattern: `{ '': list, ':slug': detail }`. */
  screens: ScreensOf<M, 'resident'>;
  /** Staff screens by pattern, under `/admin<path>`; shown only to `role` (or admin). */
  admin?: { role: string; screens: ScreensOf<M, 'staff'> };
  homeWidget?: WebModule['homeWidget'];
  settings?: ModuleSettingsSection;
}

function routesFor(screens: Record<string, Lazy<ScreenProps>>): WebRoute[] {
  return Object.entries(screens).map(([path, screen]) => ({ path, screen }));
}

/**
 * Declares a module's browser part. Its screens are keyed by the patterns its manifest
 * declares, so the shell's router and the server's 404 for unknown pages read one list;
 * TypeScript refuses a missing or undeclared one (no check at run time: this code ships with
 * the home screen). `screenMismatch` tells the same in a module's tests.
 *
 * A manifest from `defineModule` (with its config schema) is refused: the schema would pull
 * the validation library onto the residents' first screen. The web part takes the plain
 * meta of `defineModuleMeta`.
 */
export function defineWebModule<M extends ModuleMeta>(
  definition: WebModuleDefinition<M>,
): WebModule {
  const { manifest, screens, admin, homeWidget, settings } = definition;
  if ('configSchema' in manifest) {
    const id = 'web_manifest_with_config_schema';
    // Raised from the entry itself: the whole catalogue stays off the home screen.
    throw new CityAppError({
      id,
      entry: moduleContractErrors[id],
      params: { id: manifest.id },
      field: 'manifest.configSchema',
    });
  }
  return {
    manifest,
    routes: routesFor(screens),
    ...(admin
      ? {
          admin: {
            role: admin.role,
            routes: routesFor(admin.screens),
          },
        }
      : {}),
    ...(homeWidget ? { homeWidget } : {}),
    ...(settings ? { settings } : {}),
  };
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

/** Extra request headers, e.g. an `Idempotency-Key` that makes a repeated submit act once. */
export interface RequestOptions {
  headers?: Record<string, string>;
}

/** The city's API: every verb; a refusal is thrown as `ApiError` (code, message, hint, field, details). */
export interface ApiClient {
  get<T>(path: string, init?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, init?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, init?: RequestOptions): Promise<T>;
  patch<T>(path: string, body?: unknown, init?: RequestOptions): Promise<T>;
  delete<T>(path: string, init?: RequestOptions): Promise<T>;
}
