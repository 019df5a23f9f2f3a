import { z } from 'zod';
import { questionSchema, RESULTS_SHOWN } from './survey-input.js';
import { localizedSchema } from './texts.js';

/** What the votes came to: per question, how many chose each option. */
export const surveyResultsSchema = z.object({
  ballots: z.number().int(),
  questions: z.array(
    z.object({
      id: z.string(),
      options: z.array(z.object({ id: z.string(), votes: z.number().int() })),
      /** Residents' own words to the question; only staff get them. */
      freeTexts: z.array(z.string()).optional(),
    }),
  ),
});
export type SurveyResults = z.output<typeof surveyResultsSchema>;

const publicState = z.enum(['upcoming', 'open', 'closed']);

export const surveySummarySchema = z.object({
  id: z.string(),
  title: localizedSchema,
  state: publicState,
  opensAt: z.string(),
  closesAt: z.string(),
  binding: z.boolean(),
  /** When residents see the results: while the survey runs, or only after it closed. */
  results: z.enum(RESULTS_SHOWN),
});
export type SurveySummary = z.output<typeof surveySummarySchema>;
export const surveyListSchema = z.object({ items: z.array(surveySummarySchema) });

export const publishedCommentSchema = z.object({
  id: z.string(),
  body: z.string(),
  at: z.string(),
});

/** A survey as residents read it: questions, and the results once the town shows them. */
export const publicSurveySchema = surveySummarySchema.extend({
  intro: localizedSchema,
  comments: z.boolean(),
  questions: z.array(questionSchema),
  /** Null while the results are kept until closing. */
  tally: surveyResultsSchema.nullable(),
  publishedComments: z.array(publishedCommentSchema),
});
export type PublicSurvey = z.output<typeof publicSurveySchema>;
