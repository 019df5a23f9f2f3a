import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { shiftResultSchema, staffPickupSchema } from '../../api/staff.js';
import type { WasteConfig } from '../../config.js';
import * as input from '../edits/input.js';
import {
  addPickup,
  cancelPickup,
  deletePickup,
  movePickup,
  restorePickup,
} from '../edits/pickups.js';
import { shiftTour } from '../edits/shift.js';
import { getTour } from '../edits/tours.js';
import { refusals, staffRoute } from './staff-describe.js';

type Target = { id: number; pickupId: number };
const target = ({ id, pickupId }: Target) => ({ tourId: id, pickupId });

/**
 * Staff change a tour's dates: add one, move one with its reason, cancel and restore, delete,
 * or move all dates in a range. Each change is recorded for residents in the same transaction.
 */
export function staffPickupRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const pickup = { 200: { description: 'The pickup as it is now.', schema: staffPickupSchema } };
  const taken = { 409: { description: 'The tour has a pickup that day (`waste_pickup_exists`).' } };

  app.post(
    '/admin/tours/:id/pickups',
    describeRoute(
      staffRoute({
        summary: 'Add a date to a tour',
        params: input.idParams,
        body: input.newPickupBody,
        responses: {
          201: { description: 'Added.', schema: staffPickupSchema },
          ...refusals,
          ...taken,
        },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: number }>(c, 'params');
      const { date } = validated<{ date: string }>(c, 'body');
      return c.json(await ctx.db.transaction((tx) => addPickup(tx, id, date)), 201);
    },
  );

  app.post(
    '/admin/tours/:id/pickups/:pickupId/move',
    describeRoute(
      staffRoute({
        summary: 'Move a pickup to another day, with the reason (the first date is kept)',
        params: input.pickupParams,
        body: input.moveBody,
        responses: { ...pickup, ...refusals, ...taken },
      }),
    ),
    async (c) => {
      const where = target(validated<Target>(c, 'params'));
      const body = validated<input.MoveInput>(c, 'body');
      return c.json(await ctx.db.transaction((tx) => movePickup(tx, where, body)));
    },
  );

  app.post(
    '/admin/tours/:id/pickups/:pickupId/cancel',
    describeRoute(
      staffRoute({
        summary: 'Cancel a pickup, with the reason',
        params: input.pickupParams,
        body: input.cancelBody,
        responses: { ...pickup, ...refusals, 409: { description: 'Cancelled already.' } },
      }),
    ),
    async (c) => {
      const where = target(validated<Target>(c, 'params'));
      const body = validated<input.CancelInput>(c, 'body');
      return c.json(await ctx.db.transaction((tx) => cancelPickup(tx, where, body)));
    },
  );

  app.post(
    '/admin/tours/:id/pickups/:pickupId/restore',
    describeRoute(
      staffRoute({
        summary: 'Take a cancellation back',
        params: input.pickupParams,
        responses: { ...pickup, ...refusals, 409: { description: 'Not cancelled.' } },
      }),
    ),
    async (c) => {
      const where = target(validated<Target>(c, 'params'));
      return c.json(await ctx.db.transaction((tx) => restorePickup(tx, where)));
    },
  );

  app.delete(
    '/admin/tours/:id/pickups/:pickupId',
    describeRoute(
      staffRoute({
        summary: 'Delete a pickup entered by mistake',
        params: input.pickupParams,
        responses: { 204: { description: 'Deleted.' }, ...refusals },
      }),
    ),
    async (c) => {
      const where = target(validated<Target>(c, 'params'));
      await ctx.db.transaction((tx) => deletePickup(tx, where));
      return c.body(null, 204);
    },
  );

  app.post(
    '/admin/tours/:id/shift',
    describeRoute(
      staffRoute({
        summary: 'Move every scheduled date of a tour in a range by some days, all or nothing',
        params: input.idParams,
        body: input.shiftBody,
        responses: {
          200: { description: 'How many moved, and the tour.', schema: shiftResultSchema },
          ...refusals,
          409: { description: 'A moved date would meet another (`waste_shift_collides`).' },
        },
      }),
    ),
    async (c) => {
      const { id } = validated<{ id: number }>(c, 'params');
      const body = validated<input.ShiftInput>(c, 'body');
      const moved = await ctx.db.transaction((tx) => shiftTour(tx, id, body));
      return c.json({ moved, tour: await getTour(ctx.db, id) });
    },
  );

  return app;
}
