import { type CityEnv, describeRoute, type ModuleServerContext } from '@city-app/server';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../config.js';

const entrySchema = z.object({ id: z.string(), title: z.string(), createdAt: z.string() });
const listSchema = z.object({ heading: z.string(), items: z.array(entrySchema) });
export type EntryList = z.output<typeof listSchema>;

/** The API under `/api/{{id}}`, described for the OpenAPI document. */
export function routes(ctx: ModuleServerContext<Config>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  app.get(
    '/',
    describeRoute({
      summary: 'List the entries',
      tags: ['{{id}}'],
      responses: { 200: { description: 'The entries, newest first.', schema: listSchema } },
    }),
    async (c) => {
      const { rows } = await ctx.db.query<{ id: string; title: string; created_at: Date | string }>(
        'SELECT id, title, created_at FROM {{table}} ORDER BY created_at DESC, id LIMIT 50',
      );
      const list: EntryList = {
        heading: ctx.config.heading,
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          createdAt: new Date(r.created_at).toISOString(),
        })),
      };
      return c.json(list);
    },
  );
  return app;
}
