import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import type { z } from 'zod';
import { locationPageSchema, staffLocationSchema } from '../../api/staff.js';
import type { WasteConfig } from '../../config.js';
import * as input from '../edits/input.js';
import {
  clearLocationTour,
  createLocation,
  deleteLocation,
  getLocation,
  listLocations,
  setLocationTour,
  updateLocation,
} from '../edits/locations.js';
import { refusals, staffRoute } from './staff-describe.js';

type Id = { id: number };
type LocationTour = { id: number; typeId: string };

/** Staff keep the streets, parts of streets and areas residents choose, and their tours. */
export function staffLocationRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const types = () => ctx.config.types.map((t) => t.id);
  const located = {
    200: { description: 'The location with its tours.', schema: staffLocationSchema },
  };

  app.get(
    '/admin/locations',
    describeRoute(
      staffRoute({
        summary: 'Find locations by name (prefix, umlauts and "str." alike), with their tours',
        query: input.locationQuery,
        responses: {
          200: { description: 'A page of locations.', schema: locationPageSchema },
          ...refusals,
        },
      }),
    ),
    async (c) => c.json(await listLocations(ctx.db, validated(c, 'query'))),
  );

  app.post(
    '/admin/locations',
    describeRoute(
      staffRoute({
        summary: 'Add a street, part of a street or area',
        body: input.newLocationBody,
        responses: {
          201: { description: 'Added.', schema: staffLocationSchema },
          ...refusals,
          409: { description: 'That location exists (`waste_location_exists`).' },
        },
      }),
    ),
    async (c) => {
      const body = validated<z.output<typeof input.newLocationBody>>(c, 'body');
      return c.json(await createLocation(ctx.db, body), 201);
    },
  );

  app.get(
    '/admin/locations/:id',
    describeRoute(
      staffRoute({
        summary: 'One location',
        params: input.idParams,
        responses: { ...located, ...refusals },
      }),
    ),
    async (c) => c.json(await getLocation(ctx.db, validated<Id>(c, 'params').id)),
  );

  app.patch(
    '/admin/locations/:id',
    describeRoute(
      staffRoute({
        summary: 'Change a location’s name, district or house numbers',
        params: input.idParams,
        body: input.locationPatchBody,
        responses: {
          ...located,
          ...refusals,
          409: { description: 'Another location has these (`waste_location_exists`).' },
        },
      }),
    ),
    async (c) => {
      const { id } = validated<Id>(c, 'params');
      const body = validated<z.output<typeof input.locationPatchBody>>(c, 'body');
      return c.json(await ctx.db.transaction((tx) => updateLocation(tx, id, body)));
    },
  );

  app.delete(
    '/admin/locations/:id',
    describeRoute(
      staffRoute({
        summary: 'Delete a location (residents who chose it choose again)',
        params: input.idParams,
        responses: { 204: { description: 'Deleted.' }, ...refusals },
      }),
    ),
    async (c) => {
      await deleteLocation(ctx.db, validated<Id>(c, 'params').id);
      return c.body(null, 204);
    },
  );

  app.put(
    '/admin/locations/:id/tours/:typeId',
    describeRoute(
      staffRoute({
        summary: 'Set the tour that serves the location for a waste type',
        params: input.locationTourParams,
        body: input.setTourBody,
        responses: {
          ...located,
          ...refusals,
          422: { description: 'The tour collects another type (`waste_tour_other_type`).' },
        },
      }),
    ),
    async (c) => {
      const target = validated<LocationTour>(c, 'params');
      const { tourId } = validated<{ tourId: number }>(c, 'body');
      return c.json(
        await ctx.db.transaction((tx) => setLocationTour(tx, types(), { ...target, tourId })),
      );
    },
  );

  app.delete(
    '/admin/locations/:id/tours/:typeId',
    describeRoute(
      staffRoute({
        summary: 'The location is served by no tour for this waste type',
        params: input.locationTourParams,
        responses: { ...located, ...refusals },
      }),
    ),
    async (c) => c.json(await clearLocationTour(ctx.db, validated<LocationTour>(c, 'params'))),
  );

  return app;
}
