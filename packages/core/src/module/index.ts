export {
  CAPABILITIES,
  CAPABILITY_IDS,
  type Capability,
  capabilityProblems,
  isCapability,
} from './capabilities.js';
export { FIELD_OF_ACTION_IDS, FIELDS_OF_ACTION, type FieldOfAction } from './field-of-action.js';
export {
  checkModuleScreens,
  defineModule,
  defineModuleMeta,
  MODULE_ID_PATTERN,
  type ModuleConfig,
  type ModuleManifest,
  type ModuleManifestInput,
  type ModuleMeta,
  type ModuleMetaInput,
  type PlaceholderOption,
  type RoleDeclaration,
  type ScreenDeclaration,
  type TopicDeclaration,
} from './manifest.js';
export { modulePackageName } from './package-name.js';
export { joinPath, matchPath, screenPatternProblem } from './screen-path.js';
export { SHELL_PAGES, type ShellPage } from './shell-pages.js';
export {
  STARTER_FOLDER,
  type StarterContent,
  starterProblems,
  starterRoots,
  starterTarget,
} from './starter.js';
