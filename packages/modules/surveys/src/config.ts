import { z } from 'zod';

/** The surveys module's options under `modules.surveys` in the town config. */
export const surveysConfigSchema = z
  .strictObject({
    confirmByEmail: z
      .enum(['binding', 'always'])
      .default('binding')
      .describe(
        'Which votes count only once confirmed by a mailed link: those of surveys staff mark as binding, or every vote.',
      ),
    limits: z
      .strictObject({
        votesPerAddress: z.number().int().min(0).max(100_000).default(50),
        commentsPerAddressPerDay: z.number().int().min(0).max(1000).default(10),
      })
      .default({ votesPerAddress: 50, commentsPerAddressPerDay: 10 })
      .describe(
        'Votes one IP address may cast in one survey (a school or an office shares one), and comments it may write a day (0: no limit).',
      ),
  })
  .describe('Surveys: staff ask, residents vote anonymously without an account.');

export type SurveysConfig = z.output<typeof surveysConfigSchema>;
