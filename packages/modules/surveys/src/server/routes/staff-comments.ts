import { errors } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { staffCommentListSchema } from '../../api/ballot.js';
import type { SurveysConfig } from '../../config.js';
import { decideComment, listComments } from '../comments/store.js';
import { refusals, staffRoute, surveyParams } from './describe.js';

/** Staff read residents' comments on a survey and publish or reject each. */
export function staffCommentRoutes(ctx: ModuleServerContext<SurveysConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  app.get(
    '/admin/surveys/:id/comments',
    describeRoute(
      staffRoute({
        summary: 'A survey’s comments, the waiting ones first',
        params: surveyParams,
        responses: {
          200: { description: 'The comments.', schema: staffCommentListSchema },
          ...refusals,
        },
      }),
    ),
    async (c) =>
      c.json({ items: await listComments(ctx.db, validated<{ id: string }>(c, 'params').id) }),
  );
  for (const [action, status] of [
    ['publish', 'published'],
    ['reject', 'rejected'],
  ] as const) {
    app.post(
      `/admin/comments/:id/${action}`,
      describeRoute(
        staffRoute({
          summary: action === 'publish' ? 'Publish a comment' : 'Reject a comment',
          params: surveyParams,
          responses: {
            204: { description: 'Decided.' },
            ...refusals,
            409: { description: 'Decided already (`surveys_comment_decided`).' },
          },
        }),
      ),
      async (c) => {
        const { id } = validated<{ id: string }>(c, 'params');
        if (!(await decideComment(ctx.db, id, status))) {
          throw errors.notFound({ de: 'Der Kommentar', en: 'The comment' });
        }
        return c.body(null, 204);
      },
    );
  }
  return app;
}
