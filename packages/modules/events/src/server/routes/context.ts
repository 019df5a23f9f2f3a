import type { ModuleServerContext } from '@city-app/server';
import type { EventsConfig } from '../../config.js';

/** What the events routes need of the server: the town's zone and name, the clock. */
export interface EventsRouteContext {
  timeZone: string;
  town: string;
  now(): Date;
}

export function routeContext(ctx: ModuleServerContext<EventsConfig>): EventsRouteContext {
  return { timeZone: ctx.city.timezone, town: ctx.city.town.name, now: () => new Date() };
}
