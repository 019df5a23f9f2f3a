import { packageBuild } from '@city-app/config/tsup';

// Everything is bundled (templates, module manifests, commander, inquirer, handlebars, zod):
// the package has no runtime dependencies and generation needs no network. Minified, as
// parsing the bundle is most of a run's time.
export default packageBuild({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  noExternal: [/.*/],
  platform: 'node',
  minify: true,
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
