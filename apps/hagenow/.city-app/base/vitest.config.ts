import { defineConfig } from 'vitest/config';

// Tests run in Node against the server; the web build's plugins are not needed here.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Starting the embedded database takes seconds on a small or busy machine.
    hookTimeout: 60_000,
  },
});
