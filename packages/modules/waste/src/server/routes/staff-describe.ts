import type { RouteDescription } from '@city-app/server';
import { WASTE_ROLE } from '../../meta.js';

/** The refusals the staff's routes share, as the OpenAPI document describes them. */
export const refusals = {
  400: {
    description: 'Invalid input (`validation_failed`, `waste_type_unknown`; `field` names it).',
  },
  401: { description: 'Not signed in.' },
  403: { description: 'Signed in without the `waste` role.' },
  404: { description: 'No such street, tour or pickup.' },
};

/** A route for the people who keep the waste calendar: their role and their tag. */
export const staffRoute = <D extends Omit<RouteDescription, 'role' | 'tags'>>(
  d: D,
): D & RouteDescription => ({ ...d, role: WASTE_ROLE, tags: ['waste staff'] });
