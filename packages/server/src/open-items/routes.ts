import type { CityConfig, OpenItem } from '@city-app/core';
import { openItems } from '@city-app/core/legal';
import { Hono } from 'hono';
import { z } from 'zod';
import type { KernelEnv } from '../http/context.js';
import type { ServerModule } from '../module.js';
import { describeRoute } from '../openapi/describe.js';
import { findSampleFiles } from './sample-files.js';

const openItemSchema = z.object({
  where: z.string(),
  file: z.string(),
  what: z.object({ de: z.string(), en: z.string() }),
});

/**
 * `GET /api/open-items`: what the town still has to fill in (the admin overview's
 * "Noch einzutragen"). Read afresh on each request, so a fixed file drops off at once.
 */
export function openItemsRoutes(
  city: CityConfig,
  modules: readonly ServerModule[],
  root: string,
): Hono<KernelEnv> {
  const manifests = modules.map((m) => m.manifest);
  return new Hono<KernelEnv>().get(
    '/',
    describeRoute({
      summary: 'What the town still has to fill in',
      description:
        'Legal facts left out or still placeholders, module options with only sample defaults, and content marked as sample.',
      tags: ['town'],
      role: 'editor',
      responses: {
        200: {
          description: 'The open items',
          schema: z.object({ items: z.array(openItemSchema) }),
        },
      },
    }),
    async (c) => {
      const samples = await findSampleFiles(root, {
        moduleIds: manifests.map((m) => m.id),
        ...(city.branding.logo ? { logo: city.branding.logo } : {}),
      });
      c.header('Cache-Control', 'no-store');
      return c.json({ items: openItems(city, manifests, samples) satisfies OpenItem[] });
    },
  );
}
