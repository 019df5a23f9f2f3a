import { z } from 'zod';
import { bothLanguages, localizedSchema } from './texts.js';

export const QUESTION_KINDS = ['single', 'multiple'] as const;
export const RESULTS_SHOWN = ['live', 'after-close'] as const;
export const SURVEY_STATES = ['draft', 'upcoming', 'open', 'closed'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

const instant = z.iso.datetime({ offset: true });

const questionInputSchema = z.strictObject({
  kind: z.enum(QUESTION_KINDS),
  text: bothLanguages(300),
  /** Residents may add their own words to this question (staff read them, residents do not). */
  freeText: z.boolean().default(false),
  options: z
    .array(z.strictObject({ text: bothLanguages(200) }))
    .min(2)
    .max(20),
});

/** A survey as staff write it; the server gives questions and options their ids. */
export const surveyInputSchema = z
  .strictObject({
    title: bothLanguages(150),
    intro: bothLanguages(2000, 0),
    opensAt: instant,
    closesAt: instant,
    results: z
      .enum(RESULTS_SHOWN)
      .describe('Residents see the results while voting, or after closing.'),
    binding: z
      .boolean()
      .default(false)
      .describe(
        'A binding poll: each vote counts once confirmed through a link mailed to the voter.',
      ),
    comments: z
      .boolean()
      .default(false)
      .describe('Residents may comment; staff publish or reject.'),
    questions: z.array(questionInputSchema).min(1).max(30),
  })
  .refine((s) => Date.parse(s.closesAt) > Date.parse(s.opensAt), {
    path: ['closesAt'],
    message: 'The survey must close after it opens.',
  });
export type SurveyInput = z.input<typeof surveyInputSchema>;
export type ValidSurveyInput = z.output<typeof surveyInputSchema>;

export const questionSchema = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  text: localizedSchema,
  freeText: z.boolean(),
  options: z.array(z.object({ id: z.string(), text: localizedSchema })),
});
export type Question = z.output<typeof questionSchema>;

/** A survey as staff see it, with its state and what residents have done so far. */
export const staffSurveySchema = z.object({
  id: z.string(),
  title: localizedSchema,
  intro: localizedSchema,
  opensAt: z.string(),
  closesAt: z.string(),
  results: z.enum(RESULTS_SHOWN),
  binding: z.boolean(),
  comments: z.boolean(),
  questions: z.array(questionSchema),
  state: z.enum(SURVEY_STATES),
  /** Votes counted (confirmed ones, for a binding poll). */
  ballots: z.number().int(),
  pendingComments: z.number().int(),
  /** Questions can no longer change: someone voted, or it closed. */
  locked: z.boolean(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type StaffSurvey = z.output<typeof staffSurveySchema>;
export const staffSurveyListSchema = z.object({ items: z.array(staffSurveySchema) });
