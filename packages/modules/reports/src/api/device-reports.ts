import { z } from 'zod';
import { CLOSING_REASONS, MODERATION_STATES, REPORT_STATUSES } from '../status/status.js';

/** One report a device made or follows, as that device sees it: its own, even before review. */
export const deviceReportSchema = z.object({
  publicId: z.string(),
  category: z.string(),
  status: z.enum(REPORT_STATUSES),
  closingReason: z.enum(CLOSING_REASONS).nullable(),
  moderation: z.enum(MODERATION_STATES),
  mergedInto: z.string().nullable(),
  /** `reporter`: this device sent it; `follower`: it follows it. */
  relation: z.enum(['reporter', 'follower']),
  reportedAt: z.string(),
  updatedAt: z.string(),
});
export const deviceReportListSchema = z.object({ items: z.array(deviceReportSchema) });
export type DeviceReportList = z.output<typeof deviceReportListSchema>;
