import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { publicSurveySchema, surveyListSchema } from '../../api/survey.js';
import type { SurveysConfig } from '../../config.js';
import { surveyNotFound } from '../ballots/cast.js';
import { listPublicSurveys, readPublicSurvey } from '../surveys/read.js';
import { surveyParams } from './describe.js';

const tags = ['surveys'];

/** What residents read: the published surveys, and one with its results when shown. */
export function publicRoutes(ctx: ModuleServerContext<SurveysConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  // The module's root answers the same list: every module answers GET /api/<id>.
  for (const path of ['/', '/surveys']) {
    app.get(
      path,
      describeRoute({
        summary: 'The published surveys: open ones first, then coming and closed ones',
        tags,
        // The same for everyone: an ETag, and a 304 to the phone that has this list already.
        publicContent: true,
        responses: { 200: { description: 'The list.', schema: surveyListSchema } },
      }),
      async (c) => {
        c.header('Cache-Control', 'no-cache');
        return c.json({ items: await listPublicSurveys(ctx.db, new Date()) });
      },
    );
  }
  app.get(
    '/surveys/:id',
    describeRoute({
      summary: 'One published survey with its questions, results (when shown) and comments',
      tags,
      publicContent: true,
      params: surveyParams,
      responses: {
        200: { description: 'The survey.', schema: publicSurveySchema },
        404: { description: 'No published survey with this id (`not_found`).' },
      },
    }),
    async (c) => {
      const { id } = validated<{ id: string }>(c, 'params');
      const survey = await readPublicSurvey(ctx.db, id, new Date());
      if (!survey) throw surveyNotFound();
      c.header('Cache-Control', 'no-cache');
      return c.json(survey);
    },
  );
  return app;
}
