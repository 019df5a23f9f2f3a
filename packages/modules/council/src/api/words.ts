import { z } from 'zod';
import { installationIdSchema } from './follows.js';

/**
 * What a device may follow: this many words, each this many characters as typed (at least
 * `min` letters or digits, so "a" or "zu" does not match half the agenda).
 */
export const WORD_RULES = { perDevice: 20, min: 3, max: 40 } as const;

/** A topic word a device follows, as the resident typed it (spaces tidied). */
export const followedWordSchema = z.object({ word: z.string() });

/** The words a device follows, alphabetically, and how many it may follow. */
export const followedWordsSchema = z.object({
  items: z.array(followedWordSchema),
  limit: z.number().int(),
});

export const wordParamsSchema = z.strictObject({
  installationId: installationIdSchema,
  // Checked in full (letters, length) by the route, which names the rule in both languages.
  word: z
    .string()
    .max(200)
    .describe(
      `The word: ${WORD_RULES.min} to ${WORD_RULES.max} letters, digits, spaces or hyphens.`,
    ),
});

export type FollowedWord = z.infer<typeof followedWordSchema>;
export type FollowedWords = z.infer<typeof followedWordsSchema>;
