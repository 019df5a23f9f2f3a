import { packageTests } from '@city-app/config/vitest';

// Each file in a process of its own: the React component suites leave state behind.
export default packageTests({
  // The component tests (happy-dom) load the shell's code, whose app entry imports the list
  // of modules the Vite plugin provides in an app build.
  resolve: {
    alias: {
      'virtual:city-app/modules': new URL('./test/no-modules.ts', import.meta.url).pathname,
    },
  },
});
