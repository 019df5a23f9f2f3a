export { closestName } from './closest-name.js';
export { defineCity, enabledModuleIds, resolveModuleConfigs } from './define-city.js';
export { CONFIG_ISSUE_TEXTS, type ConfigIssueTexts } from './issue-texts.js';
export { type CheckedValue, toConfigIssues } from './issues.js';
export { cityJsonSchema } from './json-schema.js';
export { type MapConfig, mapSchema, tileOrigin } from './map.js';
export { PARSE_ONCE } from './parse-once.js';
export {
  areaSchema,
  brandingSchema,
  type CityConfig,
  type CityConfigInput,
  citySchema,
  legalSchema,
  type ModuleEntry,
  moduleEntrySchema,
  townSchema,
} from './schema.js';
export { strictOptions } from './strict-options.js';
