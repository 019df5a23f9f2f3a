import { createTranslator, type Locale, type Translate } from '@city-app/core';
import type { ApiClient } from '@city-app/web/module';
import type { OptionalLocalized } from '../api.js';
import { meta } from '../meta.js';
import { webMessages } from './messages.js';
import { apiPaths } from './paths.js';

export interface Space {
  /** Translates a key below `experiment-space.`, e.g. `t('book.submit')`. */
  t: Translate;
  locale: Locale;
  timeZone: string;
  /** A text from the API in the app's language, German when there is no translation. */
  text(value: OptionalLocalized | null | undefined): string;
  /** `'de'` where `text(value)` shows German on a page in another language: the text's `lang`. */
  lang(value: OptionalLocalized | null | undefined): 'de' | undefined;
  navigate(path: string): void;
  /** The shell's API client, with paths below the module's API (`/staff/resources`). */
  api: ApiClient;
}

/**
 * The shell's client with every path taken below the module's API root, so screens write
 * `api.get('/courses')`. The catalogue lives at the root itself, without a trailing slash.
 */
export function spaceApi(api: ApiClient): ApiClient {
  const at = (path: string) => `${apiPaths.root}${path === '/' ? '' : path}`;
  return {
    get: (path, init) => api.get(at(path), init),
    post: (path, body, init) => api.post(at(path), body, init),
    put: (path, body, init) => api.put(at(path), body, init),
    patch: (path, body, init) => api.patch(at(path), body, init),
    delete: (path, init) => api.delete(at(path), init),
  };
}

/**
 * What every screen of the module needs. The screens' own strings load with the screens (not
 * with the home screen), so they have their own translator.
 */
export function spaceFor(
  locale: Locale,
  timeZone: string,
  navigate: (path: string) => void,
  /** The module's API (see spaceApi). */
  api: ApiClient,
): Space {
  const translate = createTranslator(locale, meta.messages, webMessages);
  return {
    t: (key, params) => translate(`experiment-space.${key}`, params),
    locale,
    timeZone,
    text: (value) => (value ? (value[locale] ?? value.de ?? '') : ''),
    lang: (value) => (locale !== 'de' && value?.de && !value[locale] ? 'de' : undefined),
    navigate,
    api,
  };
}
