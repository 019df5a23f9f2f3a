import { z } from 'zod';
import { documentSchema } from './document.js';

/** Where a paper is discussed: a meeting, the committee, and in which role. */
export const consultationSchema = z.object({
  key: z.string(),
  meeting: z
    .object({ key: z.string(), name: z.string().nullable(), start: z.string().nullable() })
    .nullable(),
  committees: z.array(z.string()),
  role: z.string().nullable(),
});

/** A paper's page: what it is, its documents, and the meetings it is discussed in. */
export const paperDetailSchema = z.object({
  key: z.string(),
  name: z.string().nullable(),
  reference: z.string().nullable(),
  paperType: z.string().nullable(),
  date: z.string().nullable(),
  documents: z.array(documentSchema),
  consultations: z.array(consultationSchema),
  web: z.string().nullable(),
});

export type PaperDetail = z.infer<typeof paperDetailSchema>;
export type Consultation = z.infer<typeof consultationSchema>;
