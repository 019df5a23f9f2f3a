import { packageBuild } from '@city-app/config/tsup';

export default packageBuild({
  entry: {
    index: 'src/index.ts',
    vite: 'src/vite.ts',
    module: 'src/module.ts',
    prerender: 'src/app/prerender.tsx',
    'image-field': 'src/image-field.ts',
    // Component-test helpers: only tests import it, the app bundle never does.
    testing: 'src/testing/index.ts',
  },
  target: 'es2022',
  // The stylesheet import stays an import: the town's Vite build bundles it.
  external: ['react', 'react-dom', 'vite', 'axe-core', /^virtual:/, /\.css$/],
});
