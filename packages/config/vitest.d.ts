import type { UserConfig } from 'vitest/config';
export declare function packageTests(
  overrides?: UserConfig,
  options?: {
    /** Globs of the package's suites that drive a browser; left out with CITY_APP_BROWSER_TESTS=off. */
    browserTests?: string[];
    /** Run the package's files in one process, one after another (vitest `isolate: false`). */
    sharedProcess?: boolean;
  },
): UserConfig;
