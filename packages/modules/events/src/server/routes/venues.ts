import { type CityEnv, describeRoute, type ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import { localizedSchema } from '../../api/localized.js';
import { venueListSchema } from '../../api/venue.js';
import type { EventsConfig } from '../../config.js';
import { readVenues } from '../venues/row.js';

const categoryListSchema = z.object({
  items: z.array(z.object({ id: z.string(), title: localizedSchema })),
});

/** What residents filter by: the town's categories and venues. */
export function filterRoutes(ctx: ModuleServerContext<EventsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  app.get(
    '/categories',
    describeRoute({
      summary: 'The town’s event categories, in order',
      tags: ['events'],
      publicContent: true,
      responses: { 200: { description: 'The categories.', schema: categoryListSchema } },
    }),
    (c) => c.json({ items: ctx.config.categories }),
  );
  app.get(
    '/venues',
    describeRoute({
      summary: 'The venues, by name, with their accessibility',
      tags: ['events'],
      publicContent: true,
      responses: { 200: { description: 'The venues.', schema: venueListSchema } },
    }),
    async (c) => c.json({ items: await readVenues(ctx.db) }),
  );
  return app;
}
