import { packageBuild } from '@city-app/config/tsup';

export default packageBuild({
  entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
  target: 'es2022',
  // A native module: loaded from node_modules at run time, never bundled. Leaflet and its
  // sheet stay imports, so the app's build splits them into the map's own chunk and a CSS file.
  external: ['sharp', 'leaflet'],
});
