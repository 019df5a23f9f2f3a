import { packageBuild } from '@city-app/config/tsup';

export default packageBuild({
  entry: { index: 'src/index.ts', server: 'src/server/index.ts', web: 'src/web/index.ts' },
  target: 'es2022',
  // sharp is native (pixelating photos): loaded from node_modules at run time, never
  // bundled; React is the app's. Leaflet and its sheet stay imports, so the app's build puts
  // them in the map's own chunk and a CSS file.
  external: ['sharp', 'react', 'react-dom', 'leaflet'],
});
