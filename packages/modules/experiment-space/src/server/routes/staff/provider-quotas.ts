import { cityError } from '@city-app/core';
import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { Hono } from 'hono';
import type { z } from 'zod';
import * as input from '../../input.js';
import type { Space } from '../../space.js';
import { refusals, staffRoute } from '../describe.js';

/** Education providers' quotas of rooms and equipment. */
export function staffProviderQuotaRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/staff/provider-quotas',
    describeRoute(
      staffRoute({
        summary: 'Education providers’ quotas with their use',
        responses: { 200: { description: 'Quotas.' } },
      }),
    ),
    async (c) => c.json(await space.providerQuotas.list()),
  );

  app.post(
    '/staff/provider-quotas',
    describeRoute(
      staffRoute({
        summary: 'Create or replace an education provider’s quota',
        body: input.providerQuotaBody,
        responses: { 201: { description: 'Set.' }, 400: refusals[400] },
      }),
    ),
    async (c) => {
      const body = validated<z.output<typeof input.providerQuotaBody>>(c, 'body');
      return c.json(await space.providerQuotas.set(body, (id) => space.resources.exists(id)), 201);
    },
  );

  app.delete(
    '/staff/provider-quotas/:id',
    describeRoute(
      staffRoute({
        summary: 'Remove an education provider’s quota',
        params: input.idParams,
        responses: { 204: { description: 'Removed.' }, 404: refusals[404] },
      }),
    ),
    async (c) => {
      if (!(await space.providerQuotas.remove(validated<{ id: string }>(c, 'params').id))) {
        throw cityError('space_quota_not_found');
      }
      return c.body(null, 204);
    },
  );

  return app;
}
