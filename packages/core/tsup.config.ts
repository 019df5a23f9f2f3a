import { packageBuild } from '@city-app/config/tsup';

// One output file per source file: a browser bundle that imports only `createTranslator`
// must not pull in the config schemas (and with them zod) through a single shared file.
export default packageBuild({
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  bundle: false,
  splitting: false,
});
