import { z } from 'zod';

/** A text in German and, where the town wrote one, English; the app shows the reader's. */
export const localizedSchema = z.object({ de: z.string(), en: z.string().optional() });
export type Localized = z.output<typeof localizedSchema>;
