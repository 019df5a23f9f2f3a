import { z } from 'zod';

/** A document at the council information system: residents open it there. */
export const documentSchema = z.object({
  name: z.string(),
  /** The address of the file at the source (OParl `accessUrl`), http(s) only. */
  url: z.string(),
  mimeType: z.string().nullable(),
  size: z.number().nullable(),
});

export type CouncilDocument = z.infer<typeof documentSchema>;
