import { packageBuild } from '@city-app/config/tsup';

export default packageBuild({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', conflicts: 'src/project/conflicts.ts' },
  platform: 'node',
});
