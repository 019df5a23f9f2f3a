import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CityConfig, cityError, enabledModuleIds, modulePackageName } from '@city-app/core';
import type { ServerModule } from '../module.js';

/**
 * Whether `pkg` is installed in a node_modules folder of `root` or above. Checked first because
 * require.resolve also falls back to NODE_PATH, which may point anywhere (package managers set
 * it for their scripts), and a module must come from the town project.
 */
function installedFrom(root: string, pkg: string): boolean {
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', pkg, 'package.json'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

function isServerModule(value: unknown): value is ServerModule {
  const manifest = (value as ServerModule | undefined)?.manifest;
  return typeof manifest?.id === 'string' && typeof manifest.configSchema?.safeParse === 'function';
}

/**
 * Loads the server part of every enabled module, in the order the town lists them, from the
 * packages installed in the town project at `root` (`<package>/server`, default export).
 */
export async function loadServerModules(city: CityConfig, root: string): Promise<ServerModule[]> {
  const manifestFile = join(root, 'package.json');
  // createRequire needs a file path; the file itself need not exist.
  const require = createRequire(existsSync(manifestFile) ? manifestFile : join(root, 'noop.js'));
  const modules: ServerModule[] = [];
  for (const id of enabledModuleIds(city)) {
    const pkg = modulePackageName(id, city.modules[id]);
    let resolved: string;
    try {
      if (!installedFrom(root, pkg))
        throw new Error(`${pkg} is not in any node_modules folder of ${root}`);
      resolved = require.resolve(`${pkg}/server`);
    } catch (error) {
      throw cityError(
        'module_not_installed',
        { id, pkg, root },
        { field: `modules.${id}`, cause: error },
      );
    }
    const loaded = (await import(pathToFileURL(resolved).href)) as { default?: unknown };
    const module = loaded.default;
    if (!isServerModule(module))
      throw cityError('module_without_manifest', { pkg }, { field: `modules.${id}` });
    if (module.manifest.id !== id) {
      throw cityError(
        'module_id_mismatch',
        { pkg, id, actual: module.manifest.id },
        { field: `modules.${id}` },
      );
    }
    modules.push(module);
  }
  return modules;
}
