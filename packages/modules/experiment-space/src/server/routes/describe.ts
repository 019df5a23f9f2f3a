import type { RouteDescription } from '@city-app/server';
import { LIBRARY_ROLE } from '../../meta.js';

const RESIDENT = ['experiment-space'];
const STAFF = ['experiment-space staff'];

/** The refusals the routes share, as the OpenAPI document describes them. */
export const refusals = {
  400: { description: 'Invalid input (`validation_failed`; `field` names it).' },
  404: { description: 'Not found.' },
  409: { description: 'Taken or changed meanwhile (`slot_taken` with `details.alternatives`).' },
  422: {
    description:
      'A booking rule refuses it (`prerequisite_missing`, `quota_exceeded`, `outside_opening_hours`, …).',
  },
};

/** The town's limit on places (see `placesLimit`), for the two routes that take a place. */
export const limited = {
  description:
    'Too many bookings and course places from this e-mail or address in 24 hours (`limit_bookings_per_email`, `limit_bookings_per_address`); see Retry-After.',
};

/** A route for library staff: their role, their tag (the description's own types are kept). */
export const staffRoute = <D extends Omit<RouteDescription, 'role' | 'tags'>>(
  d: D,
): D & RouteDescription => ({ ...d, role: LIBRARY_ROLE, tags: STAFF });

/** A route residents call without an account. */
export const residentRoute = <D extends Omit<RouteDescription, 'tags'>>(
  d: D,
): D & RouteDescription => ({ ...d, tags: RESIDENT });
