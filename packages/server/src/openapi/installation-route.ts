import { z } from 'zod';
import type { RouteDescription } from '../module.js';

/** The `:id` of a route under `/installations/:id`. */
export const installationParams = z.object({
  id: z
    .string()
    .max(100)
    .describe('The installation’s id: a UUID the app made once on this device.'),
});

// The installation's id is the key to its preferences, subscriptions and dates, as a private
// link is: whoever holds it acts for the installation, without an account.
const installationSecret = { kind: 'installation', in: 'path', name: 'id' } as const;

/**
 * The description of a route that an installation's id opens (notify's preferences, the
 * dates of "Meine Termine"): its secret, its `:id` and the 404 for an unknown one. With
 * `opensNew` the route creates the installation, so it has no 404.
 */
export function installationRoute(
  description: Omit<RouteDescription, 'secret' | 'params'>,
  options: { opensNew?: boolean } = {},
): RouteDescription {
  if (options.opensNew) {
    return {
      ...description,
      secret: { ...installationSecret, opensNew: true },
      params: installationParams,
    };
  }
  return {
    ...description,
    secret: installationSecret,
    params: installationParams,
    responses: { 404: { description: 'No such installation.' }, ...description.responses },
  };
}
