import type { RouteDescription } from '@city-app/server';
import { EVENTS_ROLE } from '../../meta.js';

/** The refusals staff's routes share, as the OpenAPI document describes them. */
export const refusals = {
  400: {
    description:
      'Invalid input (`validation_failed`, `events_category_unknown`, `events_venue_unknown`; `field` names it).',
  },
  401: { description: 'Not signed in.' },
  403: { description: 'Signed in without the `events` role.' },
  404: { description: 'No such event, date or venue.' },
};

/** A route for the people who keep the event calendar: their role and their tag. */
export const staffRoute = <D extends Omit<RouteDescription, 'role' | 'tags'>>(
  d: D,
): D & RouteDescription => ({ ...d, role: EVENTS_ROLE, tags: ['events staff'] });
