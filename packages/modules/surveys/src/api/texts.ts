import { plainText } from '@city-app/core';
import { z } from 'zod';

/** A text staff write in German and English; residents read theirs. */
export const bothLanguages = (max: number, min = 1) =>
  z.strictObject({
    de: plainText().trim().min(min).max(max),
    en: plainText().trim().min(min).max(max),
  });

export const localizedSchema = z.object({ de: z.string(), en: z.string() });
export type Localized = z.output<typeof localizedSchema>;
