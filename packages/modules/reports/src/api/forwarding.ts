import { z } from 'zod';

/** Where a report was forwarded and how that stands, as staff see it on the report. */
export const forwardingStateSchema = z.object({
  target: z.object({
    id: z.string(),
    name: z.object({ de: z.string(), en: z.string() }),
  }),
  state: z
    .enum(['queued', 'sent', 'failed'])
    .describe('`queued`: waiting to be sent; `sent`: the other server has it; `failed`: not sent.'),
  attempts: z.number().int(),
  nextTryAt: z.string().nullable().describe('When it is tried again (queued only).'),
  lastError: z.string().nullable().describe('What the other server or the network answered.'),
  remoteId: z.string().nullable().describe('The other server’s number for it.'),
  remoteStatus: z.enum(['open', 'closed']).nullable(),
  remoteNotes: z.string().nullable(),
  sentAt: z.string().nullable(),
  checkedAt: z.string().nullable(),
});
export type ForwardingState = z.output<typeof forwardingStateSchema>;
