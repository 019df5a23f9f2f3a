import { z } from 'zod';

/** A report's number as residents quote it: the year it came in and its place in that year. */
export const publicIdSchema = z
  .string()
  .regex(/^\d{4}-\d{5,6}$/, 'a report number such as 2026-00042')
  .describe('The report’s number, e.g. `2026-00042`.');

export const publicIdParamsSchema = z.strictObject({ publicId: publicIdSchema });
