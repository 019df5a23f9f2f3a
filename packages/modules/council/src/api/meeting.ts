import { z } from 'zod';
import { documentSchema } from './document.js';
import { committeeSchema } from './follows.js';

/** A meeting in a list: when, which committee, where. */
export const meetingSummarySchema = z.object({
  key: z.string(),
  /** Null when the source gives none; the screen says "Sitzung". */
  name: z.string().nullable(),
  start: z.string(),
  end: z.string().nullable(),
  cancelled: z.boolean(),
  place: z.string().nullable(),
  committees: z.array(z.string()),
});

export const meetingPageSchema = z.object({
  items: z.array(meetingSummarySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

/** A paper as the agenda names it. */
export const paperRefSchema = z.object({
  key: z.string(),
  name: z.string().nullable(),
  reference: z.string().nullable(),
});

export const agendaItemSchema = z.object({
  key: z.string(),
  number: z.string().nullable(),
  name: z.string().nullable(),
  result: z.string().nullable(),
  papers: z.array(paperRefSchema),
});

/** A meeting's page: its public agenda with the papers on it, and its documents. */
export const meetingDetailSchema = meetingSummarySchema.extend({
  agenda: z.array(agendaItemSchema),
  documents: z.array(documentSchema),
  /** The committees holding it, by key: a device may follow each. */
  organizations: z.array(committeeSchema),
  /** The meeting's page at the source, when it has one. */
  web: z.string().nullable(),
});

export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export type MeetingPage = z.infer<typeof meetingPageSchema>;
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type PaperRef = z.infer<typeof paperRefSchema>;
