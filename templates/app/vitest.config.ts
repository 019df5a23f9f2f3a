import { defineConfig } from 'vitest/config';

// Tests run in Node against the server; the web build's plugins are not needed here.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Starting the embedded database and seeding every module takes seconds on a small
    // machine, and minutes on a busy one (CI running other suites beside it).
    hookTimeout: 180_000,
  },
});
