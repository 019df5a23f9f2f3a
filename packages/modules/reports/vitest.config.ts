import { packageTests } from '@city-app/config/vitest';

export default packageTests({
  // The component tests (happy-dom) load the shell's code, whose app entry imports the list
  // of modules the Vite plugin provides in an app build.
  resolve: {
    alias: {
      'virtual:city-app/modules': new URL('./test/no-modules.ts', import.meta.url).pathname,
    },
  },
  test: {
    projects: [
      // The server's suites leave nothing behind: one process for all, PGlite loads once.
      {
        extends: true,
        test: { name: 'server', exclude: ['src/web/**'], isolate: false },
      },
      // React's suites do leave state behind (its builds meet in one module cache): a process each.
      {
        extends: true,
        test: { name: 'web', exclude: ['src/!(web)/**', 'src/*.test.ts'], isolate: true },
      },
    ],
  },
});
