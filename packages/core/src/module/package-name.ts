/**
 * The npm package that provides a module. Modules of the toolkit are `@city-app/module-<id>`;
 * a town's or a third party's module names its package in the config (`package: '…'`).
 */
export function modulePackageName(id: string, entry?: { package?: string }): string {
  return entry?.package ?? `@city-app/module-${id}`;
}
