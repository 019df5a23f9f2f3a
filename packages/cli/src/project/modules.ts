import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ModuleManifest, STARTER_FOLDER } from '@city-app/core';
import { bundledModules, type ModuleInfo, type StarterFile } from 'create-city-app';

export type { ModuleInfo };

/** A module the project can use, and where its manifest came from. */
export interface AvailableModule extends ModuleInfo {
  /** `installed`: found in the project's node_modules; `known`: ships with this CLI. */
  source: 'installed' | 'known';
  version?: string;
}

function isManifest(value: unknown): value is ModuleManifest {
  const m = value as ModuleManifest | undefined;
  return typeof m?.id === 'string' && typeof m.configSchema?.safeParse === 'function';
}

/** The nearest node_modules/@city-app folder at or above `root`. */
function scopeFolders(root: string): string[] {
  const folders: string[] = [];
  for (let dir = root; ; dir = dirname(dir)) {
    const scope = join(dir, 'node_modules', '@city-app');
    if (existsSync(scope)) folders.push(scope);
    if (dirname(dir) === dir) return folders;
  }
}

/** The files of an installed package's `starter/` folder, as create-city-app embeds them. */
async function readStarter(packageRoot: string): Promise<StarterFile[]> {
  const dir = join(packageRoot, STARTER_FOLDER);
  if (!existsSync(dir)) return [];
  const files: StarterFile[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const file = relative(dir, full).split(sep).join('/');
    files.push({ file, text: await readFile(full, 'utf8') });
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

async function loadInstalled(
  root: string,
  packageName: string,
): Promise<AvailableModule | undefined> {
  const require = createRequire(join(root, 'package.json'));
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch {
    return undefined;
  }
  let version: string | undefined;
  let packageRoot: string | undefined;
  for (let dir = dirname(entry); dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(await readFile(file, 'utf8'));
    if (pkg.name !== packageName) continue;
    version = pkg.version;
    packageRoot = dir;
    break;
  }
  const loaded = (await import(pathToFileURL(entry).href)) as { default?: unknown };
  if (!isManifest(loaded.default)) return undefined;
  const id = loaded.default.id;
  return {
    manifest: loaded.default,
    packageName,
    folder: `packages/modules/${id}`,
    source: 'installed',
    starter: packageRoot ? await readStarter(packageRoot) : [],
    ...(version ? { version } : {}),
  };
}

/**
 * The modules a project can use: those installed in its node_modules
 * (`@city-app/module-*`, plus any package named in `extraPackages`), then those that ship
 * with this CLI and are not installed yet (`city-app add` installs them).
 */
export async function availableModules(
  root: string,
  extraPackages: readonly string[] = [],
): Promise<AvailableModule[]> {
  const names = new Set<string>();
  for (const scope of scopeFolders(root)) {
    for (const name of (await readdir(scope)).sort()) {
      if (name.startsWith('module-')) names.add(`@city-app/${name}`);
    }
  }
  for (const extra of extraPackages) names.add(extra);
  const found: AvailableModule[] = [];
  for (const name of names) {
    const module = await loadInstalled(root, name);
    if (module && !found.some((m) => m.manifest.id === module.manifest.id)) found.push(module);
  }
  for (const known of bundledModules) {
    if (!found.some((m) => m.manifest.id === known.manifest.id))
      found.push({ ...known, source: 'known' });
  }
  return found.sort((a, b) =>
    a.manifest.id < b.manifest.id ? -1 : a.manifest.id > b.manifest.id ? 1 : 0,
  );
}
