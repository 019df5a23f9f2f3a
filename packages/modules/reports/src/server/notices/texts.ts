import { createTranslator, type Locale } from '@city-app/core';
import type { ReportsConfig } from '../../config.js';
import { categoryOf } from '../../config.js';
import { messages } from '../../messages/index.js';

const translators = { de: createTranslator('de', messages), en: createTranslator('en', messages) };

/** A message of the module in `locale`. */
export const text = (locale: Locale, key: string, params?: Record<string, string | number>) =>
  translators[locale](key, params);

/** A category's name in `locale`; its id when the town has since removed it. */
export function categoryTitle(config: ReportsConfig, id: string, locale: Locale): string {
  return categoryOf(config, id)?.title[locale] ?? id;
}

/** The town's address for links in mail: CITY_APP_PUBLIC_URL, else where the request came. */
export function publicOrigin(
  env: Readonly<Record<string, string | undefined>> | undefined,
  requestUrl: string,
): string {
  const configured = (env ?? process.env).CITY_APP_PUBLIC_URL?.trim();
  return (configured || new URL(requestUrl).origin).replace(/\/$/, '');
}
