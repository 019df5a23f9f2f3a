import { plainText } from '@city-app/core';
import { z } from 'zod';
import { CLOSING_REASONS, REPORT_STATUSES } from '../status/status.js';
import { publicIdSchema } from './public-id.js';

/** Photos above this many bytes (decoded) are refused; a phone's full-size JPEG fits. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** The submit route's body limit: the photo as base64 (4/3 of its bytes) and the rest. */
export const SUBMIT_BODY_BYTES = Math.ceil(MAX_PHOTO_BYTES / 3) * 4 + 64 * 1024;

const installationId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID')
  .describe('The id of this device’s notification installation: it hears of each new status.');

/**
 * Degrees, kept to seven decimals (about a centimetre): more says nothing about a pothole, and
 * a number such as 5e-324 is one PostgreSQL's double precision cannot hold.
 */
const degrees = (max: number, number: z.ZodNumber | z.ZodCoercedNumber = z.number()) =>
  number
    .min(-max)
    .max(max)
    .transform((value) => Math.round(value * 1e7) / 1e7);

export const locationSchema = z.strictObject({ lat: degrees(90), lon: degrees(180) });

/** What a resident sends: what, where (a point, an address or both), and optionally more. */
export const reportInputSchema = z.strictObject({
  category: z.string().min(1).max(31),
  location: locationSchema.optional(),
  address: plainText().trim().min(3).max(200).optional(),
  description: plainText().trim().max(2000).optional(),
  photo: z
    .string()
    .max(SUBMIT_BODY_BYTES)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64')
    .optional()
    .describe('A JPEG, PNG or WebP photo as base64, at most 15 MB.'),
  email: z.email().max(254).optional().describe('Only for news of this report; never public.'),
  installationId: installationId.optional(),
  language: z
    .enum(['de', 'en'])
    .optional()
    .describe('The language of the e-mails; default German.'),
});
export type ReportInput = z.output<typeof reportInputSchema>;

export const submittedSchema = z.object({
  publicId: z.string(),
  status: z.enum(REPORT_STATUSES),
  moderation: z.literal('pending'),
});
export type Submitted = z.output<typeof submittedSchema>;

/** A report as anyone may read it: never contact data, the words only once staff published them. */
export const publicReportSchema = z.object({
  publicId: z.string(),
  category: z.string(),
  status: z.enum(REPORT_STATUSES),
  closingReason: z.enum(CLOSING_REASONS).nullable(),
  location: locationSchema.nullable(),
  address: z.string().nullable(),
  description: z.string().nullable(),
  /** The photo's address, when staff released it. */
  photo: z.string().nullable(),
  mergedInto: z.string().nullable(),
  reportedAt: z.string(),
  updatedAt: z.string(),
});
export type PublicReport = z.output<typeof publicReportSchema>;

export const publicHistoryEntrySchema = z.object({
  status: z.enum(REPORT_STATUSES),
  closingReason: z.enum(CLOSING_REASONS).nullable(),
  note: z.string().nullable(),
  at: z.string(),
});

export const publicReportDetailSchema = publicReportSchema.extend({
  history: z.array(publicHistoryEntrySchema),
});
export type PublicReportDetail = z.output<typeof publicReportDetailSchema>;

export const publicReportPageSchema = z.object({
  items: z.array(publicReportSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type PublicReportPage = z.output<typeof publicReportPageSchema>;

/** `west,south,east,north` in degrees, as the public list and the map take it. */
export const bboxSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, 'west,south,east,north in degrees')
  .transform((value) => {
    const [west, south, east, north] = value
      .split(',')
      .map((part) => Math.round(Number(part) * 1e7) / 1e7) as [number, number, number, number];
    return { west, south, east, north };
  })
  .refine((b) => b.south <= b.north && b.west <= b.east, 'west ≤ east and south ≤ north')
  .refine((b) => Math.abs(b.south) <= 90 && Math.abs(b.north) <= 90, 'latitudes within ±90')
  .refine((b) => Math.abs(b.west) <= 180 && Math.abs(b.east) <= 180, 'longitudes within ±180');

export const pagingSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const publicListQuerySchema = pagingSchema.extend({
  status: z.enum(REPORT_STATUSES).optional(),
  category: z.string().min(1).max(31).optional(),
  bbox: bboxSchema.optional().describe('Only reports inside: west,south,east,north (degrees).'),
});
export type PublicListQuery = z.output<typeof publicListQuerySchema>;

export const nearbyQuerySchema = z.strictObject({
  category: z.string().min(1).max(31),
  lat: degrees(90, z.coerce.number()),
  lon: degrees(180, z.coerce.number()),
});
export type NearbyQuery = z.output<typeof nearbyQuerySchema>;

/** An open report close by: published ones with their words, others by category and distance. */
export const nearbyReportSchema = z.object({
  publicId: z.string(),
  category: z.string(),
  status: z.enum(REPORT_STATUSES),
  distanceMeters: z.number().int(),
  description: z.string().nullable(),
  reportedAt: z.string(),
});
export const nearbyListSchema = z.object({ items: z.array(nearbyReportSchema) });
export type NearbyList = z.output<typeof nearbyListSchema>;

export const followParamsSchema = z.strictObject({
  publicId: publicIdSchema,
  installationId,
});
