import type { NewsConfig } from '../config.js';
import { DEFAULT_CATEGORIES, DEFAULT_PER_PAGE } from '../defaults.js';

/**
 * The news options the browser screens need, defaults filled in. The server and the build
 * have validated the town config already, so the browser does not load zod for it: zod
 * probes `new Function` when it builds a schema, and the app's Content-Security-Policy
 * refuses that and reports it as a violation.
 */
export function browserNewsConfig(city: {
  modules: Record<string, unknown>;
}): Pick<NewsConfig, 'perPage' | 'categories'> {
  const options = (city.modules.news ?? {}) as Partial<NewsConfig>;
  return {
    perPage: options.perPage ?? DEFAULT_PER_PAGE,
    categories: options.categories?.length ? options.categories : DEFAULT_CATEGORIES,
  };
}
