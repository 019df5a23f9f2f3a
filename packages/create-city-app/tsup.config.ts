import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageBuild } from '@city-app/config/tsup';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// zod's `z` namespace re-exports every locale's error messages (about 260 KB minified), which
// no bundler can drop while `z` is used as an object. The CLI's messages are its own or zod's
// English ones (the default), so the bundle keeps only `en`: less to parse and compile per run.
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';\n",
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

// Everything is bundled (templates, module manifests, commander, inquirer, handlebars, zod):
// the package has no runtime dependencies and generation needs no network. Minified, as
// parsing the bundle is most of a run's time.
export default packageBuild({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  noExternal: [/.*/],
  platform: 'node',
  minify: true,
  esbuildPlugins: [zodEnglishOnly],
  // No source maps: they would triple what `npx` downloads for a minified bundle.
  sourcemap: false,
  // The declarations inline the types they use from @city-app/core (compiled from its
  // sources), so the published package references no @city-app/* package it does not ship.
  // They still name zod's types: zod is an optional peer dependency, for typings only.
  dts: {
    compilerOptions: {
      paths: {
        '@city-app/core': [fileURLToPath(new URL('../core/src/index.ts', import.meta.url))],
      },
    },
  },
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
