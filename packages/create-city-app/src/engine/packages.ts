import type { PackageSource } from './answers.js';
import type { ModuleInfo } from './modules.js';

/** The kernel packages every town project depends on, with their folders in the repository. */
export const KERNEL_PACKAGES = [
  // The `city-app` command (add/remove modules, validate, update) lives in every project.
  { packageName: '@city-app/cli', folder: 'packages/cli' },
  { packageName: '@city-app/core', folder: 'packages/core' },
  { packageName: '@city-app/server', folder: 'packages/server' },
  { packageName: '@city-app/ui', folder: 'packages/ui' },
  { packageName: '@city-app/web', folder: 'packages/web' },
] as const;

/** The version specifier of one `@city-app/*` package for a package source. */
export function packageSpecifier(folder: string, source: PackageSource): string {
  switch (source.kind) {
    case 'registry':
      return `^${source.version.replace(/^[\^~]/, '')}`;
    case 'workspace':
      return 'workspace:*';
    case 'link':
      return `link:${source.root.replace(/\\/g, '/').replace(/\/+$/, '')}/${folder}`;
  }
}

/** Name → specifier of every `@city-app/*` package the project needs, sorted by name. */
export function cityPackages(
  modules: readonly ModuleInfo[],
  source: PackageSource,
): Record<string, string> {
  const all = [...KERNEL_PACKAGES, ...modules].map(
    (p) => [p.packageName, packageSpecifier(p.folder, source)] as const,
  );
  return Object.fromEntries(all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
