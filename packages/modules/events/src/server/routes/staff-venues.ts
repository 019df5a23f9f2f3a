import { errors } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { venueSchema } from '../../api/venue.js';
import { type VenueInput, venueInputSchema } from '../../api/venue-input.js';
import type { EventsConfig } from '../../config.js';
import { createVenue, deleteVenue, updateVenue } from '../venues/save.js';
import { refusals, staffRoute } from './staff-describe.js';

const venueParams = z.strictObject({ id: z.uuid() });
const notFound = () => errors.notFound({ de: 'Der Veranstaltungsort', en: 'The venue' });

/** Staff keep the venues events reuse: address, location and accessibility. */
export function staffVenueRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const exists = { 409: { description: 'A venue of that name exists (`events_venue_exists`).' } };

  app.post(
    '/admin/venues',
    describeRoute(
      staffRoute({
        summary: 'Add a venue',
        body: venueInputSchema,
        responses: { 201: { description: 'Added.', schema: venueSchema }, ...refusals, ...exists },
      }),
    ),
    async (c) => {
      const input = validated<VenueInput>(c, 'body');
      return c.json(await ctx.db.transaction((tx) => createVenue(tx, input)), 201);
    },
  );

  app.put(
    '/admin/venues/:id',
    describeRoute(
      staffRoute({
        summary: 'Change a venue',
        params: venueParams,
        body: venueInputSchema,
        responses: {
          200: { description: 'Changed.', schema: venueSchema },
          ...refusals,
          ...exists,
        },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const input = validated<VenueInput>(c, 'body');
      const venue = await ctx.db.transaction((tx) => updateVenue(tx, id, input));
      if (!venue) throw notFound();
      return c.json(venue);
    },
  );

  app.delete(
    '/admin/venues/:id',
    describeRoute(
      staffRoute({
        summary: 'Remove a venue no event uses',
        params: venueParams,
        responses: {
          204: { description: 'Removed.' },
          ...refusals,
          409: { description: 'Events take place there (`events_venue_in_use`).' },
        },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      if (!(await ctx.db.transaction((tx) => deleteVenue(tx, id)))) throw notFound();
      return c.body(null, 204);
    },
  );
  return app;
}
