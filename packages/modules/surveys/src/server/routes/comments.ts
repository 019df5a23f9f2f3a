import {
  type CityEnv,
  describeRoute,
  type LimitRule,
  type ModuleServerContext,
  validated,
} from '@city-app/server';
import { Hono } from 'hono';
import { commentInputSchema } from '../../api/ballot.js';
import type { SurveysConfig } from '../../config.js';
import { surveyError } from '../../errors/surveys.js';
import { writeComment } from '../comments/store.js';
import { surveyParams } from './describe.js';

const DAY = 24 * 3600;

/** Residents comment on an open survey that takes comments; staff publish them or not. */
export function commentRoutes(ctx: ModuleServerContext<SurveysConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  app.post(
    '/surveys/:id/comments',
    describeRoute({
      summary: 'Comment on an open survey; it appears once staff publish it',
      tags: ['surveys'],
      params: surveyParams,
      body: commentInputSchema,
      responses: {
        202: { description: 'Taken; it waits for staff.' },
        400: {
          description: 'The text is missing or too long (`validation_failed`, field `body`).',
        },
        404: { description: 'No published survey with this id.' },
        409: { description: 'This survey takes no comments now (`surveys_comments_off`).' },
        429: { description: 'Too many comments from this IP address today.' },
      },
    }),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const { body } = validated<{ body: string }>(c, 'body');
      const limits = ctx.limits;
      const max = ctx.config.limits.commentsPerAddressPerDay;
      let release = async () => {};
      if (limits && max > 0 && !c.get('user')) {
        const rule: LimitRule = {
          id: 'surveysCommentsPerAddress',
          kind: 'surveys-comments',
          per: 'address',
          max,
          windowSeconds: DAY,
        };
        const decision = await limits.admit([{ rule, key: limits.clientAddress(c) }]);
        if (!decision.admitted) {
          c.header('Retry-After', String(decision.retryAfter));
          throw surveyError('surveys_limit_comments_per_address', {
            max,
            minutes: Math.ceil(decision.retryAfter / 60),
          });
        }
        release = () => limits.release(decision.receipt);
      }
      try {
        await writeComment(ctx.db, id, body, new Date());
      } catch (error) {
        await release();
        throw error;
      }
      c.header('Cache-Control', 'no-store');
      return c.json({ status: 'pending' }, 202);
    },
  );
  return app;
}
