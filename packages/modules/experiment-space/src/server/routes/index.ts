import type { AbuseLimits, CityEnv } from '@city-app/server';
import { Hono } from 'hono';
import { placesLimit } from '../limits.js';
import type { Space } from '../space.js';
import { bookingRoutes } from './bookings.js';
import { catalogueRoutes } from './catalogue.js';
import { courseRoutes } from './courses.js';
import { privacyRoutes } from './privacy.js';
import { resourceRoutes } from './resources.js';
import { staffBookingActionRoutes } from './staff/booking-actions.js';
import { staffBookingRoutes } from './staff/bookings.js';
import { staffBriefingRoutes } from './staff/briefings.js';
import { staffCourseRoutes } from './staff/courses.js';
import { staffMailRoutes } from './staff/mail.js';
import { staffProviderQuotaRoutes } from './staff/provider-quotas.js';
import { staffResourceRoutes } from './staff/resources.js';

/**
 * The experiment space's API under `/api/experiment-space` (the list of routes is in `api.ts`):
 * one router per concept, each with its full paths. The order here is the OpenAPI document's.
 */
export function experimentSpaceRoutes(space: Space, limits?: AbuseLimits): Hono<CityEnv> {
  // One limit for bookings and course places together: both hold a place.
  const limitPlaces = placesLimit(limits);
  return (
    new Hono<CityEnv>()
      // residents
      .route('/', catalogueRoutes(space))
      .route('/', resourceRoutes(space))
      .route('/', bookingRoutes(space, limitPlaces))
      .route('/', privacyRoutes(space))
      .route('/', courseRoutes(space, limitPlaces))
      // library staff
      .route('/', staffResourceRoutes(space))
      .route('/', staffCourseRoutes(space))
      .route('/', staffBriefingRoutes(space))
      .route('/', staffBookingRoutes(space))
      .route('/', staffBookingActionRoutes(space))
      .route('/', staffProviderQuotaRoutes(space))
      .route('/', staffMailRoutes(space))
  );
}
