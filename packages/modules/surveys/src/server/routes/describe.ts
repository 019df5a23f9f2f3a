import type { RouteDescription } from '@city-app/server';
import { z } from 'zod';
import { SURVEYS_ROLE } from '../../meta.js';

export const surveyParams = z.strictObject({ id: z.uuid() });

/** The refusals staff's routes share, as the OpenAPI document describes them. */
export const refusals = {
  400: { description: 'Invalid input (`validation_failed`; `field` names it).' },
  401: { description: 'Not signed in.' },
  403: { description: 'Signed in without the `surveys` role.' },
  404: { description: 'No such survey or comment (`not_found`).' },
};

/** A route for the people who run surveys: their role and their tag. */
export const staffRoute = <D extends Omit<RouteDescription, 'role' | 'tags'>>(
  d: D,
): D & RouteDescription => ({ ...d, role: SURVEYS_ROLE, tags: ['surveys staff'] });
