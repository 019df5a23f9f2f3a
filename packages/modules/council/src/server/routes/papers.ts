import { errors } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { paperDetailSchema } from '../../api/paper.js';
import type { CouncilConfig } from '../../config.js';
import { readPaper } from '../read/paper.js';
import { keyParams } from './meetings.js';

/** A paper's page (Drucksache): its documents and the meetings that discuss it. */
export function paperRoutes(ctx: ModuleServerContext<CouncilConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  app.get(
    '/papers/:key',
    describeRoute({
      summary: 'A paper with its documents and the meetings that discuss it',
      tags: ['council'],
      params: keyParams,
      publicContent: true,
      responses: {
        200: { description: 'The paper.', schema: paperDetailSchema },
        404: { description: 'No paper with this key (`not_found`).' },
      },
    }),
    async (c) => {
      const { key } = validated<{ key: string }>(c, 'params');
      const paper = await readPaper(ctx.db, key);
      if (!paper) throw errors.notFound({ de: 'Die Vorlage', en: 'The paper' });
      return c.json(paper);
    },
  );
  return app;
}
