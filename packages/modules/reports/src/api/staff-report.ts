import { plainText } from '@city-app/core';
import { z } from 'zod';
import { CLOSING_REASONS, MODERATION_STATES, REPORT_STATUSES } from '../status/status.js';
import { publicIdSchema } from './public-id.js';
import { pagingSchema, publicReportSchema } from './public-report.js';

/** A report as staff with the `reports` role read it: with its internal fields. */
export const staffReportSchema = publicReportSchema.extend({
  department: z.string(),
  moderation: z.enum(MODERATION_STATES),
  /** What the resident wrote; `description` is what residents read. */
  originalDescription: z.string().nullable(),
  hasPhoto: z.boolean(),
  photoPublic: z.boolean(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  reporterEmail: z.string().nullable(),
  language: z.enum(['de', 'en']),
  followers: z.number().int(),
});
export type StaffReport = z.output<typeof staffReportSchema>;

export const staffHistoryEntrySchema = z.object({
  status: z.enum(REPORT_STATUSES),
  closingReason: z.enum(CLOSING_REASONS).nullable(),
  publicNote: z.string().nullable(),
  internalNote: z.string().nullable(),
  by: z.string().nullable(),
  at: z.string(),
});

export const staffReportDetailSchema = staffReportSchema.extend({
  history: z.array(staffHistoryEntrySchema),
});
export type StaffReportDetail = z.output<typeof staffReportDetailSchema>;

export const staffReportPageSchema = z.object({
  items: z.array(staffReportSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type StaffReportPage = z.output<typeof staffReportPageSchema>;

export const inboxQuerySchema = pagingSchema.extend({
  department: z.string().min(1).max(31).optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  open: z.enum(['true', 'false']).optional().describe('Only new, confirmed and in progress.'),
  category: z.string().min(1).max(31).optional(),
  moderation: z.enum(MODERATION_STATES).optional(),
  /** `me`, `nobody`, or a colleague's staff id. */
  assigned: z.union([z.enum(['me', 'nobody']), z.uuid()]).optional(),
});
export type InboxQuery = z.output<typeof inboxQuerySchema>;

const note = plainText().trim().min(1).max(2000);

export const statusChangeSchema = z.strictObject({
  status: z.enum(REPORT_STATUSES),
  closingReason: z.enum(CLOSING_REASONS).optional(),
  publicNote: note.optional().describe('Residents read it; the reporter and followers are told.'),
  internalNote: note.optional().describe('Only staff read it.'),
});
export type StatusChange = z.output<typeof statusChangeSchema>;

export const moderationSchema = z.strictObject({
  state: z.enum(MODERATION_STATES),
  /** The words residents read; the resident's own when left out, none with `null`. */
  description: plainText().trim().min(1).max(2000).nullable().optional(),
  photo: z.enum(['public', 'internal']).optional(),
});
export type Moderation = z.output<typeof moderationSchema>;

export const assignmentSchema = z.strictObject({
  department: z.string().min(1).max(31).optional(),
  /**
   * `me`: the signed-in staff member takes it; a colleague's staff id (one with the `reports`
   * role, from `/admin/colleagues`) gives it to them; `null`: nobody has it.
   */
  assignee: z
    .union([z.literal('me'), z.uuid()])
    .nullable()
    .optional(),
});
export type Assignment = z.output<typeof assignmentSchema>;

export const mergeSchema = z.strictObject({
  into: publicIdSchema,
  publicNote: note.optional(),
});
export type Merge = z.output<typeof mergeSchema>;

export const templateInputSchema = z.strictObject({
  title: plainText().trim().min(2).max(80),
  text: plainText().trim().min(2).max(2000),
  status: z.enum(REPORT_STATUSES).nullable().default(null),
});
export type TemplateInput = z.output<typeof templateInputSchema>;

export const templateSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  status: z.enum(REPORT_STATUSES).nullable(),
  updatedAt: z.string(),
});
export type ResponseTemplate = z.output<typeof templateSchema>;
export const templateListSchema = z.object({ items: z.array(templateSchema) });

export const figuresSchema = z.object({
  open: z.number().int(),
  byStatus: z.record(z.enum(REPORT_STATUSES), z.number().int()),
  pendingModeration: z.number().int(),
  medianDaysToFixed: z.number().nullable(),
  fixedLastYear: z.number().int(),
});
export type Figures = z.output<typeof figuresSchema>;
