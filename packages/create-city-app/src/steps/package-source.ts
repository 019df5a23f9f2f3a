import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { PackageSource } from '../engine/answers.js';

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Whether `root` is a checkout of the city-app repository. */
export async function isCityAppRepository(root: string): Promise<boolean> {
  const text = await readText(join(root, 'packages', 'core', 'package.json'));
  if (!text) return false;
  try {
    return JSON.parse(text).name === '@city-app/core';
  } catch {
    return false;
  }
}

/** The `packages:` globs of a pnpm-workspace.yaml (the simple list form pnpm documents). */
export function workspaceGlobs(yaml: string): string[] {
  const globs: string[] = [];
  let inPackages = false;
  for (const line of yaml.split(/\r?\n/)) {
    if (/^packages:\s*$/.test(line)) {
      inPackages = true;
      continue;
    }
    if (!inPackages) continue;
    const item = /^\s+-\s+(.+?)\s*$/.exec(line);
    if (item?.[1]) globs.push(item[1].replace(/^['"]|['"]$/g, ''));
    else if (/^\S/.test(line)) inPackages = false;
  }
  return globs;
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/\/+$/, '')
    .split(/(\*\*\/?|\*)/)
    .map((part) =>
      part.startsWith('**')
        ? '(?:.*/)?'
        : part === '*'
          ? '[^/]*'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source.replace(/\(\?:\.\*\/\)\?$/, '.*')}$`);
}

export function matchesWorkspace(relativePath: string, globs: readonly string[]): boolean {
  const included = globs
    .filter((g) => !g.startsWith('!'))
    .some((g) => globToRegExp(g).test(relativePath));
  const excluded = globs
    .filter((g) => g.startsWith('!'))
    .some((g) => globToRegExp(g.slice(1)).test(relativePath));
  return included && !excluded;
}

/**
 * Where the new project gets `@city-app/*` from. Inside a city-app checkout whose workspace
 * includes the target folder: `workspace:*`. Inside a checkout that does not include it:
 * `link:` to that checkout (`outsideWorkspace` says so). Elsewhere: the registry, same release as this CLI.
 */
export async function detectPackageSource(
  target: string,
  version: string,
): Promise<{ source: PackageSource; outsideWorkspace?: { path: string; root: string } }> {
  let dir = dirname(target);
  for (;;) {
    const yaml = await readText(join(dir, 'pnpm-workspace.yaml'));
    if (yaml !== undefined) {
      if (!(await isCityAppRepository(dir))) break;
      const rel = relative(dir, target).split(sep).join('/');
      if (matchesWorkspace(rel, workspaceGlobs(yaml))) return { source: { kind: 'workspace' } };
      return {
        source: { kind: 'link', root: dir },
        outsideWorkspace: { path: rel, root: dir },
      };
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { source: { kind: 'registry', version } };
}

export function resolveLinkRoot(cwd: string, root: string): string {
  return resolve(cwd, root);
}
