import { packageBuild } from '@city-app/config/tsup';

export default packageBuild({
  entry: { index: 'src/index.ts', server: 'src/server/index.ts', web: 'src/web/index.ts' },
  target: 'es2022',
  // sharp is native (pixelating photos): loaded from node_modules at run time, never
  // bundled; React is the app's.
  external: ['sharp', 'react', 'react-dom'],
});
