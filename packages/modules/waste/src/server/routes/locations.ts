import { localDate, localeFromAcceptLanguage, plainText } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { locationSchema, type PickupList, pickupListSchema } from '../../api/pickups.js';
import type { WasteConfig } from '../../config.js';
import { MAX_RANGE_DAYS, pickupRange, pickupsAt } from '../locations/pickups.js';
import { findLocation, SEARCH_LIMIT, searchLocations } from '../locations/search.js';

const tags = ['waste'];
const searchQuery = z.object({
  q: plainText()
    .trim()
    .min(2)
    .max(80)
    .describe('What the resident typed: the beginning of a street or village name.'),
});
export const locationParams = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647).describe('The location’s id.'),
});
const rangeQuery = z.object({
  from: localDate().optional().describe('First day (default: today in the town’s zone).'),
  to: localDate().optional().describe('Last day (default: 31 December of next year).'),
});
const searchAnswer = z.object({ locations: z.array(locationSchema) });

/**
 * Streets and villages change seldom. Pickups may move at any time (a resident opens the app
 * after the push about a new date): every use asks again, and an unchanged answer costs a 304
 * by its ETag.
 */
const CACHE_LOCATIONS = 'public, max-age=3600';
const CACHE_PICKUPS = 'public, no-cache';

export const localeOf = (c: Context) => localeFromAcceptLanguage(c.req.header('accept-language'));

/** Choosing the street and reading its pickups: `/api/waste/locations…`, for everyone. */
export function locationRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  return new Hono<CityEnv>()
    .get(
      '/locations',
      describeRoute({
        summary: 'Find streets and villages by the beginning of their name',
        publicContent: true,
        description: `Umlauts, ß and “str.” may be typed either way; names that start with \`q\` come first, then names that contain it; at most ${SEARCH_LIMIT}.`,
        tags,
        query: searchQuery,
        responses: {
          200: { description: 'The matching locations.', schema: searchAnswer },
          400: { description: '`q` is missing, too short or too long, or has no letters.' },
        },
      }),
      async (c) => {
        const { q } = validated<z.output<typeof searchQuery>>(c, 'query');
        const locations = await searchLocations(ctx.db, q, localeOf(c));
        c.header('cache-control', CACHE_LOCATIONS);
        c.header('vary', 'accept-language');
        return c.json({ locations });
      },
    )
    .get(
      '/locations/:id',
      describeRoute({
        summary: 'One street or village',
        tags,
        publicContent: true,
        params: locationParams,
        responses: {
          200: { description: 'The location.', schema: locationSchema },
          404: { description: 'No such location.' },
        },
      }),
      async (c) => {
        const { id } = validated<z.output<typeof locationParams>>(c, 'params');
        const location = await findLocation(ctx.db, id, localeOf(c));
        c.header('cache-control', CACHE_LOCATIONS);
        c.header('vary', 'accept-language');
        return c.json(location);
      },
    )
    .get(
      '/locations/:id/pickups',
      describeRoute({
        summary: 'The pickups at one location',
        description: `Scheduled and cancelled pickups from \`from\` to \`to\` (at most ${MAX_RANGE_DAYS} days), by date and in the town’s order of waste types.`,
        tags,
        publicContent: true,
        params: locationParams,
        query: rangeQuery,
        responses: {
          200: { description: 'The pickups.', schema: pickupListSchema },
          400: { description: 'A date that does not exist, or a range reversed or too long.' },
          404: { description: 'No such location.' },
        },
      }),
      async (c) => {
        const { id } = validated<z.output<typeof locationParams>>(c, 'params');
        const asked = validated<z.output<typeof rangeQuery>>(c, 'query');
        const range = pickupRange(asked, ctx.city.timezone, new Date());
        const location = await findLocation(ctx.db, id, localeOf(c));
        const list: PickupList = {
          location,
          ...range,
          pickups: await pickupsAt(ctx.db, id, range, ctx.config),
        };
        c.header('cache-control', CACHE_PICKUPS);
        // House numbers are worded in the request's language.
        c.header('vary', 'accept-language');
        return c.json(list);
      },
    );
}
