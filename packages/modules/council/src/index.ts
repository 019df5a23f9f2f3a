import { defineModule } from '@city-app/core';
import { councilConfigSchema } from './config.js';
import { meta } from './meta.js';

/**
 * The council module's manifest: what the kernel, the CLI and the web shell know about it
 * without loading its server or browser code.
 */
const manifest = defineModule({
  ...meta,
  configSchema: councilConfigSchema,
});

export default manifest;

export { type CouncilConfig, councilConfigSchema } from './config.js';
export { meta } from './meta.js';
