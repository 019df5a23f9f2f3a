import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { Hono } from 'hono';
import { surveyResultsSchema } from '../../api/survey.js';
import {
  staffSurveyListSchema,
  staffSurveySchema,
  surveyInputSchema,
  type ValidSurveyInput,
} from '../../api/survey-input.js';
import type { SurveysConfig } from '../../config.js';
import { surveyError } from '../../errors/surveys.js';
import { surveyNotFound } from '../ballots/cast.js';
import { closeSurvey, publishSurvey } from '../surveys/lifecycle.js';
import { listStaffSurveys, readStaffSurvey } from '../surveys/read.js';
import { readResults } from '../surveys/results.js';
import { readSurveyRow } from '../surveys/row.js';
import { createSurvey, deleteDraft, updateSurvey } from '../surveys/save.js';
import { refusals, staffRoute, surveyParams } from './describe.js';

const one = { 200: { description: 'The survey as it is now.', schema: staffSurveySchema } };
const conflict = {
  409: {
    description:
      'Not possible in the survey’s state (`surveys_locked`, `surveys_not_draft`, `surveys_already_closed`).',
  },
};

/** Staff write surveys, publish, open and close them, and read their results. */
export function staffSurveyRoutes(ctx: ModuleServerContext<SurveysConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const read = async (id: string) => {
    const survey = await readStaffSurvey(ctx.db, id, new Date());
    if (!survey) throw surveyNotFound();
    return survey;
  };
  const param = (c: Parameters<typeof validated>[0]) => validated<{ id: string }>(c, 'params').id;

  app.get(
    '/admin/surveys',
    describeRoute(
      staffRoute({
        summary: 'Every survey, the newest first',
        responses: {
          200: { description: 'The list.', schema: staffSurveyListSchema },
          ...refusals,
        },
      }),
    ),
    async (c) => c.json({ items: await listStaffSurveys(ctx.db, new Date()) }),
  );
  app.post(
    '/admin/surveys',
    describeRoute(
      staffRoute({
        summary: 'A new survey, as a draft',
        description: 'A retry with the same `Idempotency-Key` header returns the first draft.',
        body: surveyInputSchema,
        responses: { 201: { description: 'Made.', schema: staffSurveySchema }, ...refusals },
      }),
    ),
    async (c) => {
      const input = validated<ValidSurveyInput>(c, 'body');
      const id = await createSurvey(ctx.db, input, c.req.header('idempotency-key')?.slice(0, 200));
      return c.json(await read(id), 201);
    },
  );
  app.get(
    '/admin/surveys/:id',
    describeRoute(
      staffRoute({
        summary: 'One survey',
        params: surveyParams,
        responses: { ...one, ...refusals },
      }),
    ),
    async (c) => c.json(await read(param(c))),
  );
  app.put(
    '/admin/surveys/:id',
    describeRoute(
      staffRoute({
        summary: 'Change a survey’s texts, dates and questions, until someone voted',
        params: surveyParams,
        body: surveyInputSchema,
        responses: { ...one, ...refusals, ...conflict },
      }),
    ),
    async (c) => {
      const id = param(c);
      const input = validated<ValidSurveyInput>(c, 'body');
      if (!(await ctx.db.transaction((tx) => updateSurvey(tx, id, input)))) throw surveyNotFound();
      return c.json(await read(id));
    },
  );
  app.delete(
    '/admin/surveys/:id',
    describeRoute(
      staffRoute({
        summary: 'Delete a draft',
        params: surveyParams,
        responses: { 204: { description: 'Deleted.' }, ...refusals, ...conflict },
      }),
    ),
    async (c) => {
      if (!(await ctx.db.transaction((tx) => deleteDraft(tx, param(c))))) throw surveyNotFound();
      return c.body(null, 204);
    },
  );
  for (const [action, summary] of [
    ['publish', 'Publish a draft: residents see it, and it opens at its time'],
    ['open', 'Open now (publishing a draft): followers of “Beteiligung” hear of it'],
  ] as const) {
    app.post(
      `/admin/surveys/:id/${action}`,
      describeRoute(
        staffRoute({
          summary,
          params: surveyParams,
          responses: { ...one, ...refusals, ...conflict },
        }),
      ),
      async (c) => {
        const id = param(c);
        if (!(await publishSurvey(ctx, id, new Date(), action === 'open'))) throw surveyNotFound();
        return c.json(await read(id));
      },
    );
  }
  app.post(
    '/admin/surveys/:id/close',
    describeRoute(
      staffRoute({
        summary: 'Close now: no more votes, and nothing links a vote to a device any more',
        params: surveyParams,
        responses: { ...one, ...refusals, ...conflict },
      }),
    ),
    async (c) => {
      const id = param(c);
      const row = await readSurveyRow(ctx.db, id);
      if (!row) throw surveyNotFound();
      if (!row.published_at) throw surveyError('surveys_not_draft');
      if ((await closeSurvey(ctx, id, new Date())) === 'was-closed') {
        throw surveyError('surveys_already_closed');
      }
      return c.json(await read(id));
    },
  );
  app.get(
    '/admin/surveys/:id/results',
    describeRoute(
      staffRoute({
        summary: 'The results so far, with residents’ own words',
        params: surveyParams,
        responses: {
          200: { description: 'The results.', schema: surveyResultsSchema },
          ...refusals,
        },
      }),
    ),
    async (c) => {
      const row = await readSurveyRow(ctx.db, param(c));
      if (!row) throw surveyNotFound();
      return c.json(await readResults(ctx.db, row, true));
    },
  );
  return app;
}
