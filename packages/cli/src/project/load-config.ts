import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CityAppError, cityError } from '@city-app/core';
import { build, type Plugin } from 'esbuild';
import { CONFIG_FILE } from './project.js';

const require = createRequire(import.meta.url);

/** The config cannot be built or run; `problem` is the compiler's or the runtime's own words. */
function unreadable(problem: string, cause?: unknown): CityAppError {
  return cityError(
    'config_unreadable',
    { file: CONFIG_FILE, problem },
    { field: CONFIG_FILE, cause },
  );
}

// `defineCity` validates and throws at the first load. Here it hands the raw object back,
// so `config validate` can report every problem, kernel and module options alike.
function rawDefineCity(): Plugin {
  const core = pathToFileURL(require.resolve('@city-app/core')).href;
  return {
    name: 'city-app-raw-config',
    setup(b) {
      b.onResolve({ filter: /^@city-app\/core$/ }, () => ({ path: 'core', namespace: 'city-app' }));
      b.onLoad({ filter: /.*/, namespace: 'city-app' }, () => ({
        contents: `export * from ${JSON.stringify(core)};\nexport function defineCity(input) { return input; }\n`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Loads the town config from `city.config.ts` without a build: esbuild bundles the file and
 * the files it imports (packages stay imports), the result is imported from a temporary
 * file beside it and removed again. Returns the object passed to `defineCity`, unvalidated.
 */
export async function loadCityConfig(root: string): Promise<unknown> {
  let code: string;
  try {
    const result = await build({
      entryPoints: [join(root, CONFIG_FILE)],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      plugins: [
        rawDefineCity(),
        {
          name: 'packages-external',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
          },
        },
      ],
    });
    code = result.outputFiles[0]?.text ?? '';
  } catch (error) {
    const first = (
      error as { errors?: { text: string; location?: { line: number; column: number } }[] }
    ).errors?.[0];
    const where = first?.location
      ? ` (line ${first.location.line}, column ${first.location.column + 1})`
      : '';
    throw unreadable(`${first?.text ?? (error as Error).message}${where}`, error);
  }
  const temp = join(root, `.city-config-${randomBytes(4).toString('hex')}.mjs`);
  await writeFile(temp, code);
  try {
    const loaded = (await import(pathToFileURL(temp).href)) as { default?: unknown };
    if (
      loaded.default === undefined ||
      loaded.default === null ||
      typeof loaded.default !== 'object'
    ) {
      throw cityError('config_not_an_object', { file: CONFIG_FILE }, { field: CONFIG_FILE });
    }
    return loaded.default;
  } catch (error) {
    if (error instanceof CityAppError) throw error;
    throw unreadable(`Running it failed: ${(error as Error).message}`, error);
  } finally {
    await rm(temp, { force: true });
  }
}
