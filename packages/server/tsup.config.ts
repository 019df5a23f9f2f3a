import { packageBuild } from '@city-app/config/tsup';

export default packageBuild({
  entry: {
    index: 'src/index.ts',
    settings: 'src/settings/index.ts',
    'open-items': 'src/open-items/index.ts',
    testing: 'src/testing.ts',
  },
});
