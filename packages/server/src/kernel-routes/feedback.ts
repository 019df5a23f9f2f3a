import { sameOriginPage } from '@city-app/core';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { KernelEnv } from '../http/context.js';
import type { Database } from '../module.js';
import { describeRoute, validated } from '../openapi/describe.js';

export const feedbackInput = z.object({
  message: z
    .string()
    .trim()
    .min(1, 'Write a message.')
    .max(5000)
    .describe('What the resident wants to tell the town.'),
  email: z
    .email({ message: 'Use an e-mail address such as name@example.de.' })
    .max(320)
    .optional()
    .describe('For a reply; optional.'),
  name: z.string().trim().max(200).optional(),
  page: sameOriginPage()
    .optional()
    .describe('The page the feedback is about, e.g. /news/stadtfest.'),
});

const feedbackItem = feedbackInput.extend({ id: z.string(), createdAt: z.string() });
const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

interface FeedbackRow {
  id: string;
  message: string;
  email: string | null;
  name: string | null;
  page: string | null;
  created_at: Date;
}

/**
 * `/api/feedback`: the general feedback form and the feedback mechanism BITV 2.0 requires
 * (residents report barriers). Public to send, admins read.
 */
export function feedbackRoutes(
  db: Database,
  options: { limit?: MiddlewareHandler } = {},
): Hono<KernelEnv> {
  const router = new Hono<KernelEnv>();

  router.post(
    '/',
    describeRoute({
      summary: 'Send feedback to the town',
      description: 'No account needed. Also the way to report accessibility barriers (BITV 2.0).',
      tags: ['feedback'],
      body: feedbackInput,
      responses: { 201: { description: 'Received', schema: z.object({ id: z.string() }) } },
    }),
    options.limit ?? ((_c, next) => next()),
    async (c) => {
      const input = validated<z.infer<typeof feedbackInput>>(c, 'body');
      const { rows } = await db.query<{ id: string }>(
        'insert into feedback (message, email, name, page) values ($1, $2, $3, $4) returning id',
        [input.message, input.email ?? null, input.name || null, input.page ?? null],
      );
      return c.json({ id: rows[0]?.id }, 201);
    },
  );

  router.get(
    '/',
    describeRoute({
      summary: 'Read feedback, newest first',
      tags: ['feedback'],
      role: 'admin',
      query: listQuery,
      responses: {
        200: {
          description: 'Feedback',
          schema: z.object({ feedback: z.array(feedbackItem), total: z.number() }),
        },
      },
    }),
    async (c) => {
      const { limit, offset } = validated<z.infer<typeof listQuery>>(c, 'query');
      const [{ rows }, count] = await Promise.all([
        db.query<FeedbackRow>(
          'select id, message, email, name, page, created_at from feedback order by created_at desc, id limit $1 offset $2',
          [limit, offset],
        ),
        db.query<{ total: number }>('select count(*)::int as total from feedback'),
      ]);
      return c.json({
        feedback: rows.map((row) => ({
          id: row.id,
          message: row.message,
          ...(row.email ? { email: row.email } : {}),
          ...(row.name ? { name: row.name } : {}),
          ...(row.page ? { page: row.page } : {}),
          createdAt: row.created_at.toISOString(),
        })),
        total: count.rows[0]?.total ?? 0,
      });
    },
  );

  return router;
}
