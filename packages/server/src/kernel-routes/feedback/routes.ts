import { sameOriginPage } from '@city-app/core';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { KernelEnv } from '../../http/context.js';
import type { Database } from '../../module.js';
import { describeRoute, validated } from '../../openapi/describe.js';
import type { AnswerMailContext } from './answer.js';
import { inboxItem, listFeedback } from './inbox.js';
import { feedbackItemRoutes } from './item-routes.js';

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

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  filter: z.enum(['all', 'unread']).default('all').describe('`unread`: only what nobody opened.'),
});

/** Who may read, answer and delete feedback: it holds residents' addresses and complaints. */
export const FEEDBACK_ROLE = 'admin';

/**
 * `/api/feedback`: the general feedback form and the feedback mechanism BITV 2.0 requires
 * (residents report barriers). Public to send; administrators read, answer by e-mail and delete
 * it (editors do not: see FEEDBACK_ROLE).
 */
export function feedbackRoutes(
  db: Database,
  mail: AnswerMailContext,
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
      summary: 'Read feedback, newest first, with its read state',
      tags: ['feedback'],
      role: FEEDBACK_ROLE,
      query: listQuery,
      responses: {
        200: {
          description:
            'Feedback; `total` counts what the filter selects, `unread` what nobody opened.',
          schema: z.object({ feedback: z.array(inboxItem), total: z.number(), unread: z.number() }),
        },
      },
    }),
    async (c) => {
      const { limit, offset, filter } = validated<z.infer<typeof listQuery>>(c, 'query');
      return c.json(await listFeedback(db, { limit, offset, unreadOnly: filter === 'unread' }));
    },
  );

  router.route('/', feedbackItemRoutes(db, mail, FEEDBACK_ROLE));

  return router;
}
