import { createHash } from 'node:crypto';
import { localeFromAcceptLanguage } from '@city-app/core';
import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import {
  type BallotInput,
  ballotInputSchema,
  castResultSchema,
  confirmInputSchema,
  confirmResultSchema,
} from '../../api/ballot.js';
import type { SurveysConfig } from '../../config.js';
import { castVote } from '../ballots/cast.js';
import { confirmVote } from '../ballots/confirm.js';
import { admitVote } from '../ballots/limits.js';
import { linkOrigin } from '../ballots/mail.js';
import { surveySecret } from '../ballots/voter.js';
import { surveyParams } from './describe.js';

const tags = ['surveys'];

/** Residents vote without an account, once per device; a binding poll's vote is confirmed by mail. */
export function ballotRoutes(ctx: ModuleServerContext<SurveysConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  app.post(
    '/surveys/:id/ballots',
    describeRoute({
      summary: 'Vote in an open survey, once per installation',
      description:
        'An answer per question. In a binding poll (or when the town confirms every vote) also `email`: the vote counts once the mailed link is followed (72 hours, never past the close). Limited per IP address and survey. A retry with the same `Idempotency-Key` header gets the first answer.',
      tags,
      params: surveyParams,
      body: ballotInputSchema,
      secret: { kind: 'installation', in: 'body', name: 'installationId', opensNew: true },
      responses: {
        201: { description: 'Counted.', schema: castResultSchema },
        202: {
          description: 'Waiting for confirmation; the link is on its way.',
          schema: castResultSchema,
        },
        400: {
          description:
            'A field is wrong (`validation_failed`, `surveys_question_unknown`, `surveys_option_unknown`, `surveys_single_choice`, `surveys_answer_missing`, `surveys_free_text_off`, `surveys_email_missing`); `field` names it.',
        },
        404: { description: 'No published survey with this id.' },
        409: {
          description:
            'Not open yet (`surveys_not_open_yet`), closed (`surveys_closed`), or this installation or e-mail voted already (`surveys_already_voted`, `surveys_email_used`).',
        },
        429: { description: 'Too many votes from this IP address in this survey.' },
      },
    }),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const input = validated<BallotInput>(c, 'body');
      const secret = await surveySecret(ctx.db, id);
      // Without a secret the survey is not open; castVote says why.
      const admission = secret && !c.get('user') ? await admitVote(ctx, c, secret) : undefined;
      const key = c.req.header('idempotency-key')?.slice(0, 200);
      try {
        const result = await castVote(ctx, id, input, {
          now: new Date(),
          origin: linkOrigin(ctx, c.req.url),
          language: input.language ?? localeFromAcceptLanguage(c.req.header('accept-language')),
          ...(key ? { attempt: createHash('sha256').update(key).digest('hex') } : {}),
        });
        c.header('Cache-Control', 'no-store');
        return c.json(result, result.status === 'counted' ? 201 : 202);
      } catch (error) {
        // Nothing was stored: the attempt does not count against the limit.
        await admission?.release();
        throw error;
      }
    },
  );
  app.post(
    '/ballots/confirm',
    describeRoute({
      summary: 'Confirm a binding vote with the token of the mailed link',
      tags,
      secret: { kind: 'private-link', in: 'body', name: 'token' },
      body: confirmInputSchema,
      responses: {
        200: { description: 'Counted.', schema: confirmResultSchema },
        400: { description: 'The token is malformed (`validation_failed`).' },
        404: { description: 'No such link, or it was used (`surveys_link_unknown`).' },
        409: { description: 'The survey closed meanwhile (`surveys_closed`).' },
        410: { description: 'The link ran out (`surveys_link_expired`).' },
      },
    }),
    async (c) => {
      const { token } = validated<{ token: string }>(c, 'body');
      c.header('Cache-Control', 'no-store');
      return c.json(await confirmVote(ctx.db, token, new Date()));
    },
  );
  return app;
}
