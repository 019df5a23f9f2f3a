import { packageBuild } from '@city-app/config/tsup';
import { build } from 'tsup';

export default packageBuild({
  entry: {
    index: 'src/index.ts',
    http: 'src/http.ts',
    browser: 'src/browser/index.ts',
    sw: 'src/sw.ts',
  },
  // The handlers as one classic script for @city-app/web to inline into sw.js; built after
  // the main build so its clean step cannot remove it.
  onSuccess: async () => {
    await build({
      config: false,
      entry: { 'sw-handlers': 'src/sw-handlers.ts' },
      format: ['iife'],
      platform: 'browser',
      target: 'es2020',
      minify: true,
      clean: false,
      dts: false,
      silent: true,
      outExtension: () => ({ js: '.js' }),
    });
  },
});
