import { addDaysToDate, type Locale, localDateOf, plainText } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { WasteConfig } from '../../config.js';
import { residentError } from '../../errors/resident.js';
import { pickupCalendar } from '../locations/calendar.js';
import { pickupsAt } from '../locations/pickups.js';
import { findLocation } from '../locations/search.js';
import { localeOf, locationParams } from './locations.js';

/** A subscribed calendar keeps the last month's pickups, and reaches to the end of next year. */
const FEED_PAST_DAYS = 31;

const feedQuery = z.object({
  types: plainText()
    .max(400)
    .optional()
    .describe(
      'Waste type ids separated by commas (default: every type), e.g. `papier,restabfall`.',
    ),
  lang: z
    .enum(['de', 'en'])
    .optional()
    .describe('Language of the events (default: the request’s).'),
});

/** The app's own address: the configured public one, else the request's. */
function originOf(c: Context, env: ModuleServerContext['env']): string {
  const configured = env?.CITY_APP_PUBLIC_URL;
  return new URL(configured ?? c.req.url).origin;
}

/** The waste types asked for, each checked against the town's list. */
function chosenTypes(asked: string | undefined, config: WasteConfig): string[] {
  const known = config.types.map((t) => t.id);
  if (!asked?.trim()) return known;
  const ids = [
    ...new Set(
      asked
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  for (const type of ids) {
    if (!known.includes(type)) {
      throw residentError(
        'waste_unknown_type',
        { type, known: known.join(', ') },
        { field: 'types' },
      );
    }
  }
  return ids;
}

/**
 * `GET /api/waste/locations/:id/calendar.ics`: the street's pickups as a calendar a phone
 * subscribes to (the `webcal:` link of the calendar screen). No personal data: the address
 * names a street, not a person.
 */
export function calendarFeedRoutes(ctx: ModuleServerContext<WasteConfig>): Hono<CityEnv> {
  return new Hono<CityEnv>().get(
    '/locations/:id/calendar.ics',
    describeRoute({
      summary: 'The pickups at one location as an iCalendar subscription',
      description:
        'All-day events with stable UIDs (a moved pickup keeps its event); cancelled pickups as STATUS:CANCELLED.',
      tags: ['waste'],
      params: locationParams,
      query: feedQuery,
      responses: {
        200: { description: 'The calendar.', contentType: 'text/calendar' },
        400: { description: 'An unknown waste type.' },
        404: { description: 'No such location.' },
      },
    }),
    async (c) => {
      const { id } = validated<z.output<typeof locationParams>>(c, 'params');
      const query = validated<z.output<typeof feedQuery>>(c, 'query');
      const locale: Locale = query.lang ?? localeOf(c);
      const types = chosenTypes(query.types, ctx.config);
      const location = await findLocation(ctx.db, id, locale);
      const now = new Date();
      const today = localDateOf(now, ctx.city.timezone);
      const range = {
        from: addDaysToDate(today, -FEED_PAST_DAYS),
        to: `${Number(today.slice(0, 4)) + 1}-12-31`,
      };
      const pickups = await pickupsAt(ctx.db, id, range, ctx.config, types);
      const origin = originOf(c, ctx.env);
      const text = pickupCalendar({
        location,
        pickups,
        config: ctx.config,
        townName: ctx.city.town.name,
        timezone: ctx.city.timezone,
        locale,
        host: new URL(origin).hostname,
        url: `${origin}${ctx.manifest.path}`,
        now,
      });
      return c.body(text, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="abfuhrtermine-${id}.ics"`,
        // Calendar apps poll; an hour keeps the server calm and a moved date still arrives soon.
        'cache-control': 'public, max-age=3600',
        vary: 'accept-language',
      });
    },
  );
}
