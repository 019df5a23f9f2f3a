import { plainText } from '@city-app/core';
import { z } from 'zod';

const installationId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID')
  .describe('This device’s installation id: one vote per installation.');

/** One resident's vote: an answer per question, and an e-mail address for a binding poll. */
export const ballotInputSchema = z.strictObject({
  installationId,
  answers: z
    .array(
      z.strictObject({
        question: z.string().min(1).max(20),
        choices: z.array(z.string().min(1).max(20)).max(20),
        text: plainText().trim().max(500).optional(),
      }),
    )
    .min(1)
    .max(30),
  email: z
    .email()
    .max(254)
    .optional()
    .describe('For a binding poll: where the link to confirm goes.'),
  language: z.enum(['de', 'en']).optional().describe('The language of the e-mail; default German.'),
});
export type BallotInput = z.output<typeof ballotInputSchema>;

export const castResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('counted') }),
  z.object({ status: z.literal('confirm'), email: z.string(), expiresAt: z.string() }),
]);
export type CastResult = z.output<typeof castResultSchema>;

export const confirmInputSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'the token of the link'),
});
export const confirmResultSchema = z.object({
  surveyId: z.string(),
  title: z.object({ de: z.string(), en: z.string() }),
});
export type ConfirmResult = z.output<typeof confirmResultSchema>;

export const commentInputSchema = z.strictObject({ body: plainText().trim().min(3).max(1000) });

export const staffCommentSchema = z.object({
  id: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'published', 'rejected']),
  at: z.string(),
});
export const staffCommentListSchema = z.object({ items: z.array(staffCommentSchema) });
export type StaffComment = z.output<typeof staffCommentSchema>;
