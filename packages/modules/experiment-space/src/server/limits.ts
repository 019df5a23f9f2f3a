import { type AbuseLimits, type CityEnv, validated } from '@city-app/server';
import type { MiddlewareHandler } from 'hono';

/**
 * The town's limit on bookings and course places (together: both hold a place), per e-mail
 * and per address. Applied here, at the HTTP layer, so the booking core stays a plain library
 * that staff tools and imports use without limits. Without a host that offers limits, none.
 */
export function placesLimit(limits: AbuseLimits | undefined): MiddlewareHandler<CityEnv> {
  if (!limits) return (_c, next) => next();
  return limits.guard('bookings', {
    email: (c) => validated<{ email?: string }>(c, 'body').email,
  });
}
