import { packageBuild } from '@city-app/config/tsup';

export default packageBuild({ entry: { index: 'src/index.ts' }, target: 'es2022', platform: 'browser', external: ['react', 'react-dom'], loader: { '.css': 'copy' } });
