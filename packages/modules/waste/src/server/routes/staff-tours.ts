import { localDateOf } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { tourDetailSchema, tourListSchema } from '../../api/staff.js';
import type { WasteConfig } from '../../config.js';
import * as input from '../edits/input.js';
import { createTour, deleteTour, getTour, listTours, renameTour } from '../edits/tours.js';
import { refusals, staffRoute } from './staff-describe.js';

type Id = { id: number };

/** Staff keep the tours: one round of one waste type, with its dates and the streets it serves. */
export function staffTourRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const detail = {
    200: { description: 'The tour, its pickups and locations.', schema: tourDetailSchema },
  };

  app.get(
    '/admin/tours',
    describeRoute(
      staffRoute({
        summary: 'The tours, of one waste type or all, with their next date',
        query: input.tourQuery,
        responses: {
          200: { description: 'Tours by type and name.', schema: tourListSchema },
          ...refusals,
        },
      }),
    ),
    async (c) => {
      const { typeId } = validated<{ typeId?: string }>(c, 'query');
      const today = localDateOf(Date.now(), ctx.city.timezone);
      return c.json(await listTours(ctx.db, { typeId, today }));
    },
  );

  app.post(
    '/admin/tours',
    describeRoute(
      staffRoute({
        summary: 'Add a tour of a waste type',
        body: input.newTourBody,
        responses: { 201: { description: 'Added.', schema: tourDetailSchema }, ...refusals },
      }),
    ),
    async (c) => {
      const body = validated<{ typeId: string; name: string }>(c, 'body');
      const types = ctx.config.types.map((t) => t.id);
      return c.json(await createTour(ctx.db, types, body), 201);
    },
  );

  app.get(
    '/admin/tours/:id',
    describeRoute(
      staffRoute({
        summary: 'One tour with its pickups and the locations it serves',
        params: input.idParams,
        responses: { ...detail, ...refusals },
      }),
    ),
    async (c) => c.json(await getTour(ctx.db, validated<Id>(c, 'params').id)),
  );

  app.patch(
    '/admin/tours/:id',
    describeRoute(
      staffRoute({
        summary: 'Rename a tour',
        params: input.idParams,
        body: input.tourPatchBody,
        responses: { ...detail, ...refusals },
      }),
    ),
    async (c) => {
      const { id } = validated<Id>(c, 'params');
      const { name } = validated<{ name: string }>(c, 'body');
      return c.json(await renameTour(ctx.db, id, name));
    },
  );

  app.delete(
    '/admin/tours/:id',
    describeRoute(
      staffRoute({
        summary: 'Delete a tour and its pickups',
        params: input.idParams,
        responses: {
          204: { description: 'Deleted.' },
          409: { description: 'It still serves streets on coming dates (`waste_tour_in_use`).' },
          ...refusals,
        },
      }),
    ),
    async (c) => {
      const today = localDateOf(Date.now(), ctx.city.timezone);
      const { id } = validated<Id>(c, 'params');
      await ctx.db.transaction((tx) => deleteTour(tx, id, today));
      return c.body(null, 204);
    },
  );

  return app;
}
