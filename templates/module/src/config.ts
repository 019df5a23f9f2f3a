import { z } from 'zod';

/** The options of this module under `modules.{{key}}` in the town config. */
export const configSchema = z
  .object({
    heading: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .default('{{title}}')
      .describe('Heading of the screen and the home widget.'),
  })
  .describe('{{title}}.');

export type Config = z.output<typeof configSchema>;
