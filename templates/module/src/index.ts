import { defineModule } from '@city-app/core';
import { configSchema } from './config.js';
import { meta } from './meta.js';

/** The manifest: what the kernel, the CLI and the web shell know without loading more. */
const manifest = defineModule({ ...meta, configSchema });

export default manifest;
export { type Config, configSchema } from './config.js';
export { meta } from './meta.js';
