import { packageTests } from '@city-app/config/vitest';

export default packageTests({
  // The component tests (happy-dom) load the shell's code, whose app entry imports the list
  // of modules the Vite plugin provides in an app build.
  resolve: {
    alias: {
      'virtual:city-app/modules': new URL('./test/no-modules.ts', import.meta.url).pathname,
    },
  },
});
