// One vitest preset for every package: tests beside the code, Node environment, generous
// timeouts for tests that start databases or browsers on a two-core machine.
import { defineConfig, mergeConfig } from 'vitest/config';

/** @param {import('vitest/config').UserConfig} [overrides] */
export function packageTests(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
        environment: 'node',
        testTimeout: 30_000,
        hookTimeout: 120_000,
        pool: 'forks',
      },
    }),
    overrides,
  );
}
