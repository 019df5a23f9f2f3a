import { type CityEnv, describeRoute, type RouteDescription, validated } from '@city-app/server';
import type { Handler, MiddlewareHandler } from 'hono';
import type { z } from 'zod';

/**
 * A route that changes the one thing its path names (`:id`, `:token`) with the request's
 * body and answers with what that thing is now: its description (which validates params and
 * body) and its handler. `change` is typed by the description's body schema, so the two
 * cannot drift apart.
 */
export function changeRoute<Body extends z.ZodType>(
  description: RouteDescription & { body: Body },
  param: 'id' | 'token',
  change: (key: string, body: z.output<Body>) => Promise<unknown>,
  status: 200 | 201 = 200,
): [MiddlewareHandler<CityEnv>, Handler<CityEnv>] {
  return [
    describeRoute(description),
    async (c) => {
      const key = validated<Record<typeof param, string>>(c, 'params')[param];
      return c.json(await change(key, validated<z.output<Body>>(c, 'body')), status);
    },
  ];
}
