import { defineModule } from '@city-app/core';
import { wasteConfigSchema } from './config.js';
import { meta } from './meta.js';

/**
 * The waste calendar's manifest: what the kernel, the CLI and the web shell know about it
 * without loading its server or browser code.
 */
const manifest = defineModule({
  ...meta,
  configSchema: wasteConfigSchema,
  // The starting calendar (starter/waste/calendar.yaml.hbs, rendered with the town's answers):
  // streets, areas and tours, from which the seed makes sample dates until the first import.
  starter: [{ from: 'waste', to: 'content/waste' }],
});

export default manifest;

export { type WasteConfig, wasteConfigSchema } from './config.js';
export { meta, WASTE_ROLE } from './meta.js';
export { WASTE_TOPIC } from './topics.js';
export {
  DEFAULT_WASTE_TYPES,
  WASTE_ICONS,
  type WasteIcon,
  type WasteType,
  wasteTypeSchema,
} from './types/waste-type.js';
