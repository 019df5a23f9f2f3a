import { defineWebModule } from '@city-app/web/module';
import { meta } from '../meta.js';

/** The browser part of the events module. Every screen loads on demand. */
export default defineWebModule({
  manifest: meta,
  screens: {},
});
