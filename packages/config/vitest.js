// One vitest preset for every package: tests beside the code, Node environment, generous
// timeouts for tests that start databases, hash passwords or drive browsers: on a two-core
// machine turborepo runs several packages' suites at once, and these are not speed tests.
import { defineConfig, mergeConfig } from 'vitest/config';

/**
 * CI runs every suite on Node 20 and again on Node 24. The suites that drive Chromium test
 * what a person sees, which does not depend on the server's Node version, and they take most
 * of the time: with `CITY_APP_BROWSER_TESTS=off` (CI's Node 24 pass) they are left out.
 */
const browserTestsOff = process.env.CITY_APP_BROWSER_TESTS === 'off';

/**
 * @param {import('vitest/config').UserConfig} [overrides]
 * @param {{ browserTests?: string[]; sharedProcess?: boolean }} [options] globs of the package's
 *   suites that drive a browser; `sharedProcess`: run the package's files one after another in
 *   one process instead of a fresh one for each (vitest `isolate: false`), so PGlite, the kernel
 *   and the modules load once. Measured on a two-core machine: the news suite 68.5 s → 20.2 s,
 *   the server's 768 s (CI, Node 20, beside other suites) → 291 s. Only for packages whose
 *   suites leave no shared state behind: the React component suites do not (react's
 *   development and production builds meet in one module cache), so those keep a process each.
 */
export function packageTests(overrides = {}, options = {}) {
  const browserTests = options.browserTests ?? [];
  if (browserTestsOff && browserTests.length > 0) {
    console.log(`CITY_APP_BROWSER_TESTS=off: leaving out ${browserTests.join(', ')}`);
  }
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
        exclude: browserTestsOff ? ['**/node_modules/**', ...browserTests] : ['**/node_modules/**'],
        // A package whose every suite drives a browser has none left then.
        passWithNoTests: browserTestsOff && browserTests.length > 0,
        environment: 'node',
        testTimeout: 90_000,
        hookTimeout: 120_000,
        pool: 'forks',
        isolate: !options.sharedProcess,
      },
    }),
    overrides,
  );
}
