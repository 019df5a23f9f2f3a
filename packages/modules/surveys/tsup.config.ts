import { packageBuild } from '@city-app/config/tsup';

export default packageBuild({
  entry: { index: 'src/index.ts', server: 'src/server/index.ts', web: 'src/web/index.ts' },
  target: 'es2022',
  external: ['react', 'react-dom'],
});
