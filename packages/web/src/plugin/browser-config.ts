import type { CityConfig } from '@city-app/core';

/**
 * The town config as the browser gets it: everything but the modules' options. The shell
 * needs only which modules there are, in the town's order, and which are switched on; each
 * module's screens get their own options resolved by its schema (see module-options.ts), so
 * an option the schema keeps to the server, or one of a switched-off module, never reaches
 * the app's JavaScript.
 */
export function browserConfig(config: CityConfig): CityConfig {
  const modules = Object.fromEntries(
    Object.entries(config.modules).map(([id, entry]) => [id, { enabled: entry.enabled !== false }]),
  );
  return { ...config, modules };
}
