import { pathToFileURL } from 'node:url';
import {
  type CityConfig,
  enabledModuleIds,
  type ModuleManifest,
  modulePackageName,
  resolveModuleConfigs,
} from '@city-app/core';

/**
 * Each enabled module's options as its screens get them: defaults applied and validated by
 * the module's own schema, here at build time, so the browser carries neither the schema nor
 * the raw town config's reading of it. The manifest comes from the module's package (`.`
 * entry); a module without an installed package (a web entry given to the plugin by path)
 * gets its options as the town wrote them.
 */
export async function resolveModuleOptions(
  config: CityConfig,
  /** The file of a package's `.` entry, or undefined when it is not installed. */
  resolvePackage: (name: string) => Promise<string | undefined>,
): Promise<Record<string, unknown>> {
  const manifests: ModuleManifest[] = [];
  const options: Record<string, unknown> = {};
  for (const id of enabledModuleIds(config)) {
    const entry = config.modules[id];
    const file = await resolvePackage(modulePackageName(id, entry));
    const manifest = file
      ? ((await import(pathToFileURL(file).href)) as { default?: ModuleManifest }).default
      : undefined;
    if (manifest?.configSchema && manifest.id === id) manifests.push(manifest);
    else {
      const { enabled: _enabled, package: _package, ...written } = entry ?? {};
      options[id] = written;
    }
  }
  const known = new Set(manifests.map((m) => m.id));
  const withManifest = Object.fromEntries(
    Object.entries(config.modules).filter(([id]) => known.has(id)),
  );
  // Throws the same config error (field, hint) as the server would at start.
  const { moduleConfigs } = resolveModuleConfigs({ ...config, modules: withManifest }, manifests);
  for (const [id, resolved] of moduleConfigs) options[id] = resolved;
  return options;
}
