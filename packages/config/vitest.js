// One vitest preset for every package: tests beside the code, Node environment, generous
// timeouts for tests that start databases, hash passwords or drive browsers: on a two-core
// machine turborepo runs several packages' suites at once, and these are not speed tests.
import { defineConfig, mergeConfig } from 'vitest/config';

/** @param {import('vitest/config').UserConfig} [overrides] */
export function packageTests(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
        environment: 'node',
        testTimeout: 90_000,
        hookTimeout: 120_000,
        pool: 'forks',
      },
    }),
    overrides,
  );
}
