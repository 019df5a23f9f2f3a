import { type CityEnv, describeRoute, validated } from '@city-app/server';
import { Hono } from 'hono';
import type { z } from 'zod';
import { bookingsCsv } from '../../csv.js';
import * as input from '../../input.js';
import type { Space } from '../../space.js';
import { refusals, staffRoute } from '../describe.js';

/** What staff see of the bookings: a filtered list, the same as CSV, and one day's schedule. */
export function staffBookingRoutes(space: Space): Hono<CityEnv> {
  const app = new Hono<CityEnv>();

  app.get(
    '/staff/bookings',
    describeRoute(
      staffRoute({
        summary: 'Bookings by status, resource and local dates',
        query: input.staffBookingsQuery,
        responses: { 200: { description: 'Bookings.' }, 400: refusals[400] },
      }),
    ),
    async (c) =>
      c.json(
        await space.bookings.listForStaff(
          validated<z.output<typeof input.staffBookingsQuery>>(c, 'query'),
        ),
      ),
  );

  app.get(
    '/staff/bookings.csv',
    describeRoute(
      staffRoute({
        summary: 'Bookings as CSV (UTF-8 with BOM, `;`-separated)',
        query: input.staffBookingsQuery,
        responses: { 200: { description: 'CSV.', contentType: 'text/csv' }, 400: refusals[400] },
      }),
    ),
    async (c) => {
      const list = await space.bookings.listForStaff(
        validated<z.output<typeof input.staffBookingsQuery>>(c, 'query'),
      );
      return c.body(bookingsCsv(list), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="buchungen.csv"',
        'Cache-Control': 'no-store',
      });
    },
  );

  app.get(
    '/staff/schedule',
    describeRoute(
      staffRoute({
        summary: 'One day’s schedule (default today) and how many wait for approval',
        query: input.scheduleQuery,
        responses: { 200: { description: 'The schedule.' }, 400: refusals[400] },
      }),
    ),
    async (c) => {
      const date = space.requireLocalDate(validated<{ date?: string }>(c, 'query').date, 'date');
      const day = await space.bookings.listForStaff({ from: date, to: space.dayAfter(date) });
      const pending = await space.bookings.listForStaff({ status: 'pending' });
      return c.json({
        date,
        bookings: day.filter(
          (b) => space.bookings.isActive(b.status) && b.startLocal.slice(0, 10) === date,
        ),
        pending: pending.length,
      });
    },
  );

  return app;
}
