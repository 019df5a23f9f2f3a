import {
  type CityConfig,
  createTranslator,
  isLocale,
  type Locale,
  type Localized,
} from '@city-app/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { shellMessages } from '../i18n/messages.js';
import type { ApiClient, CityContextValue, Lazy, WebModule } from '../module.js';
import { useRouter } from '../router/router.js';

export type StaffUser = NonNullable<CityContextValue['user']>;

/**
 * Extension point of the settings page: a section other packages add below the language
 * choice. `@city-app/notify` contributes "Meine Interessen" (topics, quiet hours) here.
 */
export interface SettingsSection {
  id: string;
  title: Localized;
  panel: Lazy<Record<string, never>>;
}

/** How the town states its conformity in the accessibility statement (BITV 2.0 § 7). */
export interface AccessibilityConformity {
  status: 'full' | 'partial' | 'none';
  /** Known barriers, each with why and what to use instead; shown under "Nicht barrierefreie Inhalte". */
  limitations?: Localized[];
}

export interface ShellValue {
  modules: readonly WebModule[];
  settingsSections: readonly SettingsSection[];
  accessibility: AccessibilityConformity;
  setUser(user: StaffUser | null): void;
  /** `undefined` while not yet asked, `null` when nobody is signed in. */
  knownUser: StaffUser | null | undefined;
  /**
   * The app's first screen is drawn in short tasks: the home screen's frame first, then each
   * widget's content in a task of its own (see createCityWeb). Off where the markup must match
   * a server rendering.
   */
  startInTasks: boolean;
}

const CityContext = createContext<CityContextValue | null>(null);
const ShellContext = createContext<ShellValue | null>(null);

export const LOCALE_STORAGE_KEY = 'city-app:locale';

/** The locale to start with: the one chosen on this device if the town offers it, else the town's first. */
export function initialLocale(city: Pick<CityConfig, 'locales'>, stored: string | null): Locale {
  if (stored && isLocale(stored) && city.locales.includes(stored)) return stored;
  return city.locales[0] ?? 'de';
}

export function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function CityProvider({
  city,
  api,
  modules,
  settingsSections = [],
  accessibility = { status: 'partial' },
  initialLocale: startLocale,
  startInTasks = false,
  children,
}: {
  city: CityConfig;
  api: ApiClient;
  modules: readonly WebModule[];
  settingsSections?: readonly SettingsSection[];
  accessibility?: AccessibilityConformity;
  /** Known already (createCityWeb reads storage before the first render); else read here. */
  initialLocale?: Locale;
  startInTasks?: boolean;
  children: ReactNode;
}) {
  const { navigate } = useRouter();
  const [locale, setLocaleState] = useState<Locale>(
    () => startLocale ?? initialLocale(city, typeof window === 'undefined' ? null : storedLocale()),
  );
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback(
    (next: Locale) => {
      if (!city.locales.includes(next)) return;
      setLocaleState(next);
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, next);
      } catch {
        // Storage may be off; the choice then lasts for this visit.
      }
    },
    [city.locales],
  );

  const t = useMemo(
    () => createTranslator(locale, shellMessages, ...modules.map((m) => m.manifest.messages)),
    [locale, modules],
  );

  const value = useMemo<CityContextValue>(
    () => ({ city, locale, setLocale, t, api, navigate, user: user ?? null }),
    [city, locale, setLocale, t, api, navigate, user],
  );
  const shell = useMemo<ShellValue>(
    () => ({ modules, settingsSections, accessibility, setUser, knownUser: user, startInTasks }),
    [modules, settingsSections, accessibility, user, startInTasks],
  );
  return (
    <CityContext.Provider value={value}>
      <ShellContext.Provider value={shell}>{children}</ShellContext.Provider>
    </CityContext.Provider>
  );
}

/** The town, the language, the translator, the API client, navigation and the signed-in staff member. */
export function useCity(): CityContextValue {
  const city = useContext(CityContext);
  if (!city) throw new Error('useCity() works only inside the app that createCityWeb() mounts.');
  return city;
}

export function useShell(): ShellValue {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell() works only inside the app that createCityWeb() mounts.');
  return shell;
}
