/**
 * @city-app/cli: the `city-app` command inside a town project. `runCityApp(argv, env)` runs
 * it in-process; the helpers below are what its commands are made of.
 */
export {
  addDependencyText,
  addModuleToConfigText,
  parseSets,
  removeDependencyText,
  removeModuleFromConfigText,
} from './commands/add.js';
export { configIssues, schemaAt } from './commands/config.js';
export type { Check } from './commands/doctor.js';
export { checkVapidKeys, generateVapidKeys, type VapidKeys } from './commands/vapid.js';
export type { CommandContext, RunEnvironment } from './context.js';
export { EXIT } from './errors.js';
export { runCityApp } from './main.js';
export {
  hasConflictMarkers,
  refuseUnresolvedConflicts,
  unresolvedConflicts,
} from './project/conflicts.js';
export { loadCityConfig } from './project/load-config.js';
export { type AvailableModule, availableModules } from './project/modules.js';
export { diffLines, unifiedDiff } from './text/diff.js';
export { CLI_VERSION } from './version.js';
