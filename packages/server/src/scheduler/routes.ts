import { Hono } from 'hono';
import { z } from 'zod';
import type { KernelEnv } from '../http/context.js';
import type { Queryable } from '../module.js';
import { describeRoute } from '../openapi/describe.js';
import { listSources } from './health.js';

const when = z.string().nullable().describe('ISO 8601 time, or null when it never happened.');

const sourceSchema = z.object({
  job: z.string().describe('`<module>.<job>`'),
  module: z.string(),
  kind: z.enum(['import', 'job']).describe('`import` for an importer of outside data'),
  title: z
    .object({ de: z.string(), en: z.string().optional() })
    .nullable()
    .describe('What staff read for it; null when the job declares none'),
  lastRunAt: when,
  lastSuccessAt: when,
  lastErrorAt: when,
  lastError: z.string().nullable().describe('The error as the job raised it, for operators'),
  lastErrorWords: z
    .object({ de: z.string(), en: z.string() })
    .nullable()
    .describe('The last error in both languages, when it was a catalogued one'),
  successes: z.number().int(),
  failures: z.number().int(),
  lastCounts: z.record(z.string(), z.number()).describe('What the last successful run counted'),
});

/** `/api/admin/sources`: the health of every importer and scheduled job, for administrators. */
export function sourceRoutes(db: Queryable): Hono<KernelEnv> {
  const router = new Hono<KernelEnv>();
  router.get(
    '/',
    describeRoute({
      summary: 'Health of importers and scheduled jobs',
      description:
        'Last success, last error and counts of each module’s scheduled jobs and importers.',
      tags: ['admin'],
      role: 'admin',
      responses: {
        200: { description: 'Every job', schema: z.object({ sources: z.array(sourceSchema) }) },
      },
    }),
    async (c) => c.json({ sources: await listSources(db) }),
  );
  return router;
}
