import { defineModule } from '@city-app/core';
import { eventsConfigSchema } from './config.js';
import { meta } from './meta.js';

/**
 * The events module's manifest: what the kernel, the CLI and the web shell know about it
 * without loading its server or browser code.
 */
const manifest = defineModule({
  ...meta,
  configSchema: eventsConfigSchema,
  // Its starting events (starter/events/events.yaml.hbs, rendered with the town's answers),
  // loaded as samples into an empty calendar at the first start.
  starter: [{ from: 'events', to: 'content/events' }],
});

export default manifest;

export type { EventDate, EventDatePage, When } from './api/event-date.js';
export type { DetailDate, EventDetail } from './api/event-detail.js';
export type { EventInput } from './api/event-input.js';
export type { Localized } from './api/localized.js';
export type { StaffEvent, StaffEventList, StaffEventSummary } from './api/staff-event.js';
export type { Venue, VenueList } from './api/venue.js';
export { type Category, DEFAULT_CATEGORIES } from './categories/category.js';
export { type EventsConfig, eventsConfigSchema } from './config.js';
export { EVENTS_ROLE, meta } from './meta.js';
export { describeRepeat } from './series/describe.js';
export { fromRRule, type Repeat, toRRule } from './series/repeat.js';
