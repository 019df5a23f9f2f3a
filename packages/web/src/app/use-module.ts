import type { Locale, Translate } from '@city-app/core';
import { useMemo } from 'react';
import type { ApiClient } from '../module.js';
import { useCity, useShell } from './context.js';

/** What `useModule()` gives a module's screen, home widget or settings section. */
export interface ModuleValue<Options> {
  id: string;
  /** The module's options from the town config, defaults applied (see `WebModule.options`). */
  options: Options;
  /** The module's messages in the current language, by key (German where one is missing). */
  messages: Readonly<Record<string, string>>;
  /** Translates a key of the module's (or the shell's) messages in the current language. */
  t: Translate;
  locale: Locale;
  /** The city's API client: every verb; refusals as `ApiError` with code, message, hint, field, details. */
  api: ApiClient;
  navigate(path: string): void;
}

/**
 * The one hook of a module's browser code: its resolved options, its messages and the API
 * client. `id` is the module's own (`useModule<NewsConfig>(meta.id)`), so it works the same
 * in a screen, the home widget and the settings section; `Options` is the module's option
 * type (the output of its config schema).
 */
export function useModule<Options = Record<string, unknown>>(id: string): ModuleValue<Options> {
  const { modules } = useShell();
  const { locale, t, api, navigate } = useCity();
  return useMemo(() => {
    const module = modules.find((m) => m.manifest.id === id);
    if (!module) throw new Error(`useModule("${id}"): the app has no module "${id}" enabled.`);
    const catalogue = module.manifest.messages;
    return {
      id,
      options: (module.options ?? {}) as Options,
      messages: { ...catalogue.de, ...catalogue[locale] },
      t,
      locale,
      api,
      navigate,
    };
  }, [id, modules, t, locale, api, navigate]);
}
