import type { Options } from 'tsup';
export declare function packageBuild(
  options: Options,
): ReturnType<typeof import('tsup').defineConfig>;
