import { defineModule } from '@city-app/core';
import { experimentSpaceConfigSchema } from './config.js';
import { meta } from './meta.js';

/**
 * The experiment space's manifest: what the kernel, the CLI and the web shell know about it
 * without loading its server or browser code.
 */
const manifest = defineModule({
  ...meta,
  configSchema: experimentSpaceConfigSchema,
  // Pictures of the devices and rooms, which its sample resources name as
  // /modules/experiment-space/<file>.
  starter: [{ from: 'images', to: 'public/modules/experiment-space' }],
});

export default manifest;

export type * from './api.js';
export {
  BOOKER_GROUPS,
  type CourseConfig,
  type ExperimentSpaceConfig,
  type ExperimentSpaceConfigInput,
  experimentSpaceConfigOf,
  experimentSpaceConfigSchema,
  type ResourceConfig,
} from './config.js';
export { LIBRARY_ROLE, meta } from './meta.js';
