// One tsup preset for every publishable package: ESM, declarations, Node 20.19 as the floor.
import { defineConfig } from 'tsup';

/** @param {import('tsup').Options} options */
export function packageBuild(options) {
  return defineConfig({
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    ...options,
  });
}
